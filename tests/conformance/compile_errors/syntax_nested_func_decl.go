package main

func main() {
	x := 1
	func inner() {
		x++
	}
	if x > 0 {
		y := 2 3
	}
}
