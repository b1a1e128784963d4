package main

func f(a int b int) {}

func main() {
	x := []int{1 2, 3}
	f(1 2
	y := 1
	g(x y)
	z := map[string]int{"a": 1 "b": 2}
}
