package main

import "example.com/two/lib"

func main() { lib.F() }
