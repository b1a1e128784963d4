package main

func main() {
	switch x := 1; x {
	case 1:
		a := 1 2
	case 2:
		b := 3 4
	}
	f := func() {
		c := 5 6
	}
	g := 7 8
}
