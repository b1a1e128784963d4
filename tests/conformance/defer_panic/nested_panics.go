package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		fmt.Println("in defer")
		panic("second")
	}()
	panic("first")
}
