package main

// Scanner errors count towards gc's limit of ten.
func main() {
	a := 0x
	b := 0x
	c := 0b2
	d := 1e
	e := 0_
	f := 1__0
	g := 'ab'
	h := ''
	i := '\q'
	j := "\q"
	k := 0x
}
