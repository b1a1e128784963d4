package main

// go and defer need a call, unparenthesized: type errors in gc, reported
// with the others.

func f() {}

func main() {
	x := 1
	go (f())
	defer f
	go (x)
	defer ((f()))
	var y int
}
