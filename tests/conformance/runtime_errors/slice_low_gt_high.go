package main

func main() {
	a := []int{1, 2, 3}
	i, j := 3, 2
	_ = a[i:j]
}
