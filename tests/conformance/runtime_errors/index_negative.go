package main

func main() {
	a := []int{1, 2, 3}
	i := -1
	_ = a[i]
}
