package main

func main() {
	f(1, +)
	z := 3
}

func g() {
	x := 1
}
