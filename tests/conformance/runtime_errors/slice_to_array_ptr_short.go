package main

func main() {
	s := make([]int, 3)
	_ = (*[5]int)(s)
}
