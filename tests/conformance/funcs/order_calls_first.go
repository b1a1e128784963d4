package main

import "fmt"

type S struct{ f int }

var g = 1
var p = new(int)
var st S
var sl = []int{1}
var m = map[int]int{1: 1}

func bump() int {
	g = 100
	*p = 100
	st.f = 100
	sl = append(sl, 1, 2, 3)
	sl[0] = 100
	m[1] = 100
	return 0
}

func reset() {
	g = 1
	*p = 1
	st.f = 1
	sl = []int{1}
	m[1] = 1
}

func pair(a, b int) int { return a }

func main() {
	reset()
	fmt.Println("len", len(sl), bump())
	reset()
	fmt.Println("idx", sl[0], bump())
	reset()
	fmt.Println("deref", *p, bump())
	reset()
	fmt.Println("field", st.f, bump())
	reset()
	fmt.Println("map", m[1], bump())
	reset()
	fmt.Println("pair len", pair(len(sl), bump()))
	reset()
	fmt.Println("pair idx", pair(sl[0], bump()))
	reset()
	fmt.Println("pair g", pair(g, bump()))
	reset()
	fmt.Println("pair g+1", pair(g+1, bump()))
	reset()
	x := g
	fmt.Println("local", pair(x, func() int { x = 5; return 0 }()))
	reset()
	fmt.Println("sum", g+bump(), len(sl)+bump())
	reset()
	a := []int{g, bump()}
	fmt.Println("lit", a)
	reset()
	r1, r2 := g, bump()
	fmt.Println("assign", r1, r2)
	reset()
	var q1, q2 = *p, bump()
	fmt.Println("var", q1, q2)
}
