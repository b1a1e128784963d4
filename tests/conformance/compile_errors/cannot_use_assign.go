package main

func main() {
	var x int
	x = "hello"
	var s string = 5
	var f float64 = "x"
	var b bool = 1
	_, _, _ = s, f, b
}
