package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Incer interface{ Inc() }
type Getter interface{ Get() int }

type List []int

func (l List) Len() int       { return len(l) }
func (l *List) Push(v int)    { *l = append(*l, v) }
func (l List) Set(i, v int)   { l[i] = v }

type MapT map[string]int

func (m MapT) Put(k string, v int) { m[k] = v }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	pc := &c
	pc.Inc()
	pc.IncCopy()
	fmt.Println(pc.Get(), c.n)
	var i Incer = &c
	i.Inc()
	fmt.Println(c.n)
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.n)
	var g2 Getter = &c
	c.Inc()
	fmt.Println(g2.Get(), c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {10}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	var l List
	l.Push(1)
	l.Push(2)
	l.Set(0, 100)
	fmt.Println(l, l.Len())
	mt := MapT{}
	mt.Put("x", 1)
	fmt.Println(mt)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
	type Wrapper struct{ C Counter }
	w := Wrapper{}
	w.C.Inc()
	fmt.Println(w)
	pw := &w
	pw.C.Inc()
	fmt.Println(w.C.Get())
}
