package main

import "fmt"

func main() {
	var a int8 = 200
	var b uint = -1
	const big = 1 << 100
	fmt.Println(big)
	var c byte = 'x' + 200
	_, _, _ = a, b, c
}
