package main

type T struct{}

func main() {
	var x any = &T{}
	_ = x.(T)
}
