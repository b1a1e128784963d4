package main

import "fmt"

type A struct {
	X int
	Y string
}

type B struct {
	X int
	Y string
}

type C A

func (c C) Show() string { return fmt.Sprintf("C{%d,%s}", c.X, c.Y) }

type Inner struct{ V int }
type Outer1 struct {
	Inner
	W int
}

type Point struct{ X, Y float64 }
type Vec Point

func (p Point) Len2() float64 { return p.X*p.X + p.Y*p.Y }

func main() {
	a := A{1, "a"}
	b := B(a)
	c := C(a)
	fmt.Println(a, b, c.Show())
	b.X = 99
	fmt.Println(a.X, b.X)
	back := A(c)
	fmt.Println(back == a)
	anon := struct {
		X int
		Y string
	}{2, "anon"}
	a = anon
	fmt.Println(a)
	var anon2 struct {
		X int
		Y string
	} = b
	fmt.Println(anon2, anon2 == struct {
		X int
		Y string
	}{99, "a"})
	v := Vec{3, 4}
	p := Point(v)
	fmt.Println(p.Len2(), Vec(p))
	o := Outer1{Inner{1}, 2}
	fmt.Println(o.V, o.Inner.V)
	ps := []Point{{1, 1}}
	vs := make([]Vec, len(ps))
	for i, pt := range ps {
		vs[i] = Vec(pt)
	}
	fmt.Println(vs)
	arr := [2]A{{1, "x"}, {2, "y"}}
	type AA [2]A
	aa := AA(arr)
	aa[0].X = 100
	fmt.Println(arr[0].X, aa[0].X)
	pa := &a
	pb := (*B)(pa)
	pb.X = 1234
	fmt.Println(a.X)
}
