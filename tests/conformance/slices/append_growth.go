package main

import "fmt"

type Big struct {
	A, B, C, D, E int64
}

// package-level slices live on the heap, so growth follows runtime.growslice
// (a local slice that does not escape may start in a 32-byte stack buffer)
var (
	s   []int
	b   []byte
	st  []string
	bs  []Big
	i32 []int32
)

func main() {
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	prev = -1
	for i := 0; i < 600; i++ {
		st = append(st, "x")
		if cap(st) != prev {
			fmt.Print(cap(st), " ")
			prev = cap(st)
		}
	}
	fmt.Println()
	prev = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, Big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	prev = -1
	for i := 0; i < 3000; i++ {
		i32 = append(i32, 1)
		if cap(i32) != prev {
			fmt.Print(cap(i32), " ")
			prev = cap(i32)
		}
	}
	fmt.Println()
	// multi-element appends
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 13)...)
	fmt.Println(len(y), cap(y))
	z := append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(z), cap(z), string(z))
	w := append(make([]int, 5, 5), make([]int, 7)...)
	fmt.Println(len(w), cap(w))
	e := append([]struct{}{}, struct{}{}, struct{}{})
	fmt.Println(len(e), cap(e))
	m := make([]int, 0, 5)
	m1 := append(m, 1)
	m2 := append(m, 2)
	fmt.Println(m1, m2, len(m), cap(m1))
	ss := []string{}
	ss = append(ss, "a", "b", "c")
	fmt.Println(len(ss), cap(ss))
	f := []float64{1}
	f = append(f, f...)
	f = append(f, f...)
	f = append(f, f...)
	fmt.Println(len(f), cap(f))
}
