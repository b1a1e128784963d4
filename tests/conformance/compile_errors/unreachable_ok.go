package main

import "fmt"

func f() int {
	return 1
	fmt.Println("unreachable but fine")
	return 2
}

func main() {
	fmt.Println(f())
	panic("done")
	fmt.Println("never")
}
