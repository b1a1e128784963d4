package main

import "fmt"

func later() int {
	return "x"
}

func main() {
	var unused int
	fmt.Println(undefinedA)
	x := "s" + 1
	_ = x
}

func other() {
	undefinedB()
}
