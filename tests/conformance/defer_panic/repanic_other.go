package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped(%v)", r))
	}()
	panic("original")
}
