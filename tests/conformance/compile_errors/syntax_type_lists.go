package main

type I interface {
	M() N()
}

var v = f(1 2 var)

func main() {
	x := f(1 2 var y = 3)
}
