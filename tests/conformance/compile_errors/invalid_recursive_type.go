package main

type T struct {
	next T
}

func main() {}
