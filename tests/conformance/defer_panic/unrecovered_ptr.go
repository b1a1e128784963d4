package main

type T struct{ A int }

func main() {
	panic(&T{1})
}
