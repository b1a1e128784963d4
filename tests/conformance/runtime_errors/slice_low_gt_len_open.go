package main

func main() {
	a := []int{1, 2, 3}
	i := 4
	_ = a[i:]
}
