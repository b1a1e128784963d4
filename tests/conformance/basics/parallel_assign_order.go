// Which panic a parallel assignment raises, and what it stored before it:
// gc copies early only what an earlier store of the statement could change
// and does the rest (bounds and nil checks included) at each store.
package main

import "fmt"

type T struct {
	a []int
	p *T
	n int
}

var g = []int{1, 2}
var gi int

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func idx(s string, i int) int {
	fmt.Println("call", s)
	return i
}

func main() {
	s := []int{1, 2, 3}
	var e []int
	try("swap empty", func() { i, j := 0, -1; e[i], e[j] = e[j], e[i] })
	try("lhs late", func() { i, j := 0, 5; s[i], s[j] = 7, 8 })
	fmt.Println(s)
	try("rhs late", func() { i, j := 1, 5; s[i], s[0] = 9, s[j] })
	fmt.Println(s)
	try("rhs early", func() { i, j := 5, 1; s[j], s[2] = s[i], s[j] })
	fmt.Println(s)
	s = []int{1, 2, 3}
	try("name then index", func() { i := 0; i, s[i] = 2, 10 })
	fmt.Println(s)
	try("index then name", func() { i := 0; s[i], i = 20, 9; fmt.Println(i) })
	fmt.Println(s)
	try("calls first", func() { s[idx("a", 5)], s[idx("b", 0)] = idx("c", 1), idx("d", 2) })
	fmt.Println(s)
	var t T
	try("nil field", func() { t.n, t.p.n = 1, 2 })
	fmt.Println(t.n)
	try("nil then index", func() { t.a, t.p.a = []int{1}, nil })
	fmt.Println(len(t.a))
	try("global", func() { i := 7; g[0], gi = 5, g[i] })
	fmt.Println(g, gi)
	try("global late", func() { gi, g[gi] = 1, g[1] })
	fmt.Println(g, gi)
	var arr [3]int
	try("array", func() { i, j := 2, 4; arr[i], arr[j] = arr[j], arr[i] })
	try("array late", func() { i, j := 2, 4; arr[i], arr[j] = 6, 7 })
	fmt.Println(arr)
	var m map[string]int
	try("nil map", func() { s[0], m["x"] = 99, 1 })
	fmt.Println(s)
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	fmt.Println(a, b, c)
	x := []int{1, 2, 3, 4}
	x[0], x[1], x[2], x[3] = x[3], x[2], x[1], x[0]
	fmt.Println(x)
}
