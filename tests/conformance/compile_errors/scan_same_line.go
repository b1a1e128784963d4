package main

// gc reports one syntax error per line, and the same message once per line.
func main() {
	a := 0x; b := 0x
	c := "\q\w"
	d := 1 2 3
}
