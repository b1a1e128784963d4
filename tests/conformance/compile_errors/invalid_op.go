package main

type T struct{}

func main() {
	var t T
	_ = t + t
	var m map[string]int
	_ = m == m
	s := []int{}
	_ = s == s
	f := func() {}
	_ = f == f
	_ = "a" - "b"
	var b bool
	_ = b + b
	_ = -"x"
}
