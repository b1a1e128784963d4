package main

import "fmt"

type A struct{ x int }

func (A) Who() string   { return "A" }
func (a *A) Set(v int)  { a.x = v }
func (a A) Get() int    { return a.x }

type B struct{ A }

func (B) Who() string { return "B" }

type C struct {
	B
	x string // shadows A.x at depth 2
}

type D struct {
	*C
}

type Getter interface{ Get() int }
type Setter interface{ Set(int) }

func main() {
	var c C
	c.Set(5)
	fmt.Println(c.Who(), c.B.Who(), c.A.Who(), c.Get(), c.x == "", c.A.x)
	d := D{&c}
	d.Set(7)
	fmt.Println(d.Get(), c.Get(), d.Who())
	var g Getter = c
	var s Setter = &c
	s.Set(9)
	fmt.Println(g.Get(), c.Get())
	var s2 Setter = d // D embeds *C so Set is in D's method set
	s2.Set(11)
	fmt.Println(c.Get())
	arr := []C{{}, {}}
	arr[1].Set(3)
	fmt.Println(arr[1].Get())
	m := map[string]*C{"k": {}}
	m["k"].Set(4)
	fmt.Println(m["k"].Get(), m["k"].B.A.x)
	type E struct {
		A
		B2 B
	}
	e := E{}
	e.Set(1)
	e.B2.Set(2)
	fmt.Println(e.Get(), e.B2.Get(), e.Who())
	f := c.Get
	c.Set(100)
	fmt.Println(f(), c.Get())
	h := (&c).Get
	c.Set(200)
	fmt.Println(h())
}
