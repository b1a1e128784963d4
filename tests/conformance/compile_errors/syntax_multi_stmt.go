package main

// After an error at the end of a statement gc skips to the next one.
func main() {
	a := 1 2; b := 3
	if a == 1 {
		c := 4 5
	}
	for i := 0; i < 3; i++ {
		d := 6 7
	}
	switch a {
	case 1:
		e := 8 9
	default:
		f := 1 1
	}
	x := 1 2 return
	y := 3 go f()
	z := 4 var w int
}
