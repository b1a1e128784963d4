package main

func main() {
	a := 1
	a := 2
	b, c := 1, 2
	b, c := 3, 4
	_, _, _ = a, b, c
}
