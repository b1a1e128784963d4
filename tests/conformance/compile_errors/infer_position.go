package main

func F[T any]() {}

func G[T any](x []T) {}

func main() {
	F()
	G(nil)
	var f func([]int) = G
	_ = f
}
