package main

func main() {
	x := f(1 2 3 4
	y := [2]int{1 2 3
}
