package main

import "fmt"

func main() {
	a := 1
	b := "x"
	fmt.Println(a + b)
	var c int32 = 1
	var d int64 = 2
	fmt.Println(c == d)
	var e float64 = 1
	fmt.Println(a * e)
}
