package main

func main() {}

import "fmt"
