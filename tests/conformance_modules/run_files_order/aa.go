package main

import "fmt"

var a = show("a in aa.go")

func init() { fmt.Println("init in aa.go") }

func main() { fmt.Println("main", a, z) }
