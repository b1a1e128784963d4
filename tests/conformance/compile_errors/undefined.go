package main

import "fmt"

func main() {
	fmt.Println(y)
	z = 3
	undefinedFunc()
	var t UnknownType
	fmt.Printline("x")
}
