package main

func main() {
	a€b := 1
	٣x := 2
	y := 1 + 2
}
