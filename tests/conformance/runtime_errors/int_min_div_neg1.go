package main

import "fmt"

func main() {
	x := -9223372036854775808
	y := -1
	fmt.Println(x/y, x%y)
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
}
