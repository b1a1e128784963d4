package main

func main() {
	n := -1
	_ = make([]int, n)
}
