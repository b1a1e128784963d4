package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d\n", a, b, len(a[:0]))
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []int
	d = d[:0]
	fmt.Println(d == nil)
	d = d[0:0:0]
	fmt.Println(d == nil)
	for range d {
		fmt.Println("never")
	}
	var e []string
	e = append(e, e...)
	fmt.Println(e == nil)
	f := append([]int{}, a...)
	fmt.Println(f, cap(f))
	var i interface{} = a[:0]
	fmt.Println(i != nil)
	var m [][]int
	m = append(m, nil, []int{})
	fmt.Println(len(m), m[0] == nil, m[1] == nil)
	g := make([]int, 3)
	fmt.Println(g, cap(g))
	h := make([]string, 2, 5)
	fmt.Printf("%q %d\n", h, cap(h))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a[5])
}
