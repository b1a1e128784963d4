package main

// Malformed literals do not stop gc: each is reported, and type checking
// goes on (the variables are declared and not used).
func main() {
	a := 0x
	b := 1__2
	c := 1e
	d := 0b12
	e := 'ab'
	f := "\q"
}
