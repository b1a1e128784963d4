package main

func f(a ...int, b int) {}

func g(x int) {
	var y = "a\qb\zc"
	_ = y
}

func main() {
	x := 1
}
