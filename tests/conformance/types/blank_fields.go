package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

type Pair struct {
	K string
	V interface{}
}

func main() {
	p1 := Padded{A: 1, B: "x"}
	p2 := Padded{A: 1, B: "x"}
	fmt.Println(p1 == p2)
	fmt.Printf("%v %+v\n", p1, p2)
	m := map[Padded]int{p1: 5}
	fmt.Println(m[p2])
	a := Pair{"a", 1}
	b := Pair{"a", 1}
	c := Pair{"a", "1"}
	fmt.Println(a == b, a == c)
	var _ = 5
	_, _ = 1, 2
	var _ int
	for _ = range 2 {
	}
	func(_ int, _ string) { fmt.Println("blank params") }(1, "")
	defer func() { fmt.Println("recovered:", recover()) }()
	x := Pair{"s", []int{1}}
	y := Pair{"s", []int{1}}
	fmt.Println(x == y)
}
