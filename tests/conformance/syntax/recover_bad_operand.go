package main

func main() {
	x := )
	y := 2
}

func g() {
	x := 1
}
