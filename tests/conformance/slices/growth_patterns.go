package main

import "fmt"

var sink [][]int

func show(name string, s []int) {
	fmt.Println(name, len(s), cap(s))
	sink = append(sink, s)
}

func main() {
	a := make([]int, 0, 3)
	show("a", a)
	a = append(a, 1, 2, 3, 4)
	show("a+4", a)
	b := append([]int{}, 1, 2, 3, 4, 5)
	show("b", b)
	c := append(b[:2], 9)
	show("c", c)
	fmt.Println(b)
	d := append(make([]int, 100), 1)
	show("d", d)
	e := append(make([]int, 255), 1)
	show("e", e)
	f := append(make([]int, 256), 1)
	show("f", f)
	g := append(make([]int, 1000), make([]int, 1000)...)
	show("g", g)
	h := append(make([]int, 10), make([]int, 30)...)
	show("h", h)
	var st []string
	st = append(st, "a", "b", "c")
	fmt.Println(len(st), cap(st), st) // printing makes st escape
	bs := append([]byte("x"), "0123456789abcdefghij"...)
	fmt.Println(len(bs), cap(bs), bs) // printing makes bs escape
	type P struct{ a, b, c int }
	ps := append([]P(nil), P{}, P{}, P{})
	fmt.Println(len(ps), cap(ps), ps) // printing makes ps escape
	ps = append(ps, P{})
	fmt.Println(len(ps), cap(ps), ps) // printing makes ps escape
	f32 := append([]float32(nil), 1)
	fmt.Println(len(f32), cap(f32), f32) // printing makes f32 escape
	i16 := append([]int16{1, 2, 3}, 4)
	fmt.Println(len(i16), cap(i16), i16) // printing makes i16 escape
}
