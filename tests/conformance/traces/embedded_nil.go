// A field promoted through a nil embedded pointer.
package main

type Inner struct{ n int }

type Outer struct {
	*Inner
	name string
}

func main() {
	o := Outer{name: "x"}
	println(o.name)
	println(o.n)
}
