package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max("a", "b")
	_ = Max(1, 2.5)
	_ = Max[string]("a", "b")
}
