package main

func main() {
	a := make([]int, 3)
	j := 5
	_ = a[:j]
}
