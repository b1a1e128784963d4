package main

import "example.com/prog/tool"

func main() { tool.Helper() }
