package main

func main() {
	n, c := 5, 2
	_ = make([]int, n, c)
}
