package main

import "fmt"

type S struct{ f int }

var g = 1
var p = new(int)
var st S
var arr = []int{1, 2}
var m = map[int]int{1: 1}
var str = "a"
var sl = []int{1}
var iface interface{} = 1

func bump() int {
	g = 100
	*p = 100
	st.f = 100
	arr[0] = 100
	m[1] = 100
	str = "changed"
	sl = append(sl, 1, 2, 3)
	iface = 100
	return 0
}

func reset() {
	g = 1
	*p = 1
	st.f = 1
	arr[0] = 1
	m[1] = 1
	str = "a"
	sl = []int{1}
	iface = 1
}

func two() (int, int) { return g, bump() }

func pair(a, b int) int { return a }

type T struct{ a, b int }

func main() {
	reset()
	fmt.Println("global", g+bump())
	reset()
	fmt.Println("deref", *p+bump())
	reset()
	fmt.Println("field", st.f+bump())
	reset()
	fmt.Println("index", arr[0]+bump())
	reset()
	fmt.Println("map", m[1]+bump())
	reset()
	fmt.Println("str", str+fmt.Sprint(bump()))
	reset()
	fmt.Println("len", len(sl)+bump())
	reset()
	fmt.Println("conv", int64(g)+int64(bump()))
	reset()
	fmt.Println("lit", T{g, bump()})
	reset()
	fmt.Println("slicelit", []int{g, bump()})
	reset()
	fmt.Println("cmp", g == 1 && bump() == 0)
	reset()
	fmt.Println("cmp2", g == bump())
	reset()
	fmt.Println("args", pair(g, bump()))
	reset()
	fmt.Println(func() (int, int) { return g, bump() }())
	reset()
	fmt.Println("iface", iface, bump())
	reset()
	fmt.Println("nested", pair(g+1, pair(g, bump())))
	reset()
	x := g
	y := bump()
	reset()
	fmt.Println("separate", x, y)
	reset()
	fmt.Println("andand", g == 1 || bump() == 0, g)
	reset()
	fmt.Println("twocalls", pair(g, 0), bump())
	reset()
	fmt.Println("mapkey", m[g], bump())
	reset()
	fmt.Println("unary", -g, bump())
	reset()
	fmt.Println("paren", (g), bump())
}
