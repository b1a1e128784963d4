package main

import "fmt"

// switch on a func, map, slice, pointer or chan value with `case nil`
// compares the value with nil (those types compare only with nil).

func try(name string, g func()) {
	defer func() { fmt.Println(name, recover()) }()
	g()
}

type F func() int
type M map[string]int

func main() {
	var f func()
	try("func", func() {
		switch f {
		case nil:
			fmt.Println("nil func")
		}
	})
	try("func non-nil", func() {
		g := func() {}
		switch g {
		case (nil):
			fmt.Println("nil")
		default:
			fmt.Println("non-nil func")
		}
	})
	try("named func", func() {
		var h F
		switch h {
		case nil:
			fmt.Println("nil F")
		}
	})
	try("map", func() {
		var m map[string]int
		switch m {
		case nil:
			fmt.Println("nil map")
		}
		var mm M = M{}
		switch mm {
		case nil:
			fmt.Println("nil M")
		default:
			fmt.Println("non-nil M")
		}
	})
	try("slice", func() {
		s := []int{1}
		switch s {
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("non-nil slice")
		}
		switch s[:0:0] {
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("empty non-nil slice")
		}
		var z []int
		switch z {
		case nil:
			fmt.Println("nil slice")
		}
	})
	try("pointer and chan", func() {
		var p *int
		var c chan int
		switch p {
		case nil:
			fmt.Println("nil pointer")
		}
		switch c {
		case nil:
			fmt.Println("nil chan")
		}
	})
	try("empty", func() {
		switch f {
		}
		fmt.Println("after empty switch")
	})
	try("default only", func() {
		switch f {
		default:
			fmt.Println("default")
		}
	})
	try("init", func() {
		switch m := map[int]int(nil); m {
		case nil:
			fmt.Println("nil via init", len(m))
		}
	})
}
