package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv", t.n) }
func (t *T) pshow() { fmt.Println("ptr recv", t.n) }

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.n = 2
	f := func(s string) { fmt.Println("f", s) }
	defer f("first f")
	f = func(s string) { fmt.Println("g", s) }
	defer f("second f")
	defer func(a, b int) { fmt.Println("args", a, b) }(x, x*2)
	fmt.Println("end of main")
}
