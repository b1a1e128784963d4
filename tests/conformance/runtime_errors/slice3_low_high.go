package main

func main() {
	a := make([]int, 2, 4)
	i, j := 2, 1
	_ = a[i:j:3]
}
