package main

func main() {
	a := make([]int, 2, 4)
	k := 5
	_ = a[0:1:k]
}
