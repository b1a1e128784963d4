// A nil pointer's field read inside a method: the trace names the method's line and main's call.
package main

type T struct{ x int }

func (t *T) get() int {
	return t.x
}

func main() {
	var p *T
	println(p.get())
}
