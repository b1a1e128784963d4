package main

import "fmt"

func g(format string, xs ...int) {}

func main() {
	g()
	fmt.Println()
	fmt.Printf()
}
