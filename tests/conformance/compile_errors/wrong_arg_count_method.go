package main

type T struct{}

func (T) M(a, b int) int { return a + b }

func main() {
	var t T
	t.M(1)
	t.M(1, 2, 3)
	_ = t.M(1, 2) + t.M()
}
