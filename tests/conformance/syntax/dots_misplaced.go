package main

func f(a ...int, b int) {}

func g() (x ...int) { return }

type I interface{ M(a ...int, b string) }

var h func(...int, int)

func main() {
	x := 1
}
