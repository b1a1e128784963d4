package main

func main() {
	a := make([]int, 2, 4)
	j, k := 3, 2
	_ = a[0:j:k]
}
