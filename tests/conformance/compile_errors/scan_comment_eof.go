package main

func main() {
	x := 1
	y := 1 /* the comment runs to the end of the file
}
