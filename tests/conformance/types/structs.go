package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	tags     []string
}

type Empty struct{}

func main() {
	var p Point
	fmt.Println(p, p.X)
	p2 := Point{Y: 5}
	p3 := Point{1, 2}
	fmt.Println(p2, p3, p2 == p3, p3 == Point{1, 2})
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	fmt.Println(r.Max.X-r.Min.X, r.Name, r.tags == nil)
	fmt.Printf("%v %+v\n", r, p3)
	r2 := r
	r2.Max.X = 100
	r2.Name = "copy"
	fmt.Println(r.Max.X, r.Name, r2.Max.X, r2.Name)
	pr := &r
	pr.Min.Y = -1
	fmt.Println(r.Min, (*pr).Min)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon.B)
	fmt.Printf("%T\n", anon)
	var e Empty
	fmt.Println(e, e == Empty{})
	ps := []Point{{1, 2}, {3, 4}}
	ps[0].X = 10
	fmt.Println(ps)
	mp := map[string]Point{"a": {1, 1}}
	v := mp["a"]
	v.X = 5
	fmt.Println(mp["a"], v)
	pp := &Point{7, 8}
	pp.X++
	fmt.Println(*pp, pp.X)
	np := new(Point)
	np.Y = 3
	fmt.Println(*np)
	type Inner struct{ V [2]int }
	type Outer struct{ In Inner }
	o := Outer{}
	o.In.V[1] = 9
	o2 := o
	o2.In.V[1] = 10
	fmt.Println(o, o2)
	arrOfStruct := [2]Point{}
	arrOfStruct[1].Y = 4
	fmt.Println(arrOfStruct)
	fn := func(p Point) Point { p.X = -1; return p }
	orig := Point{1, 1}
	res := fn(orig)
	fmt.Println(orig, res)
	fp := func(p *Point) { p.X = -1 }
	fp(&orig)
	fmt.Println(orig)
}
