package main

func main() {
	x := "abc
	y := 'a
	var z int = "s"
}
