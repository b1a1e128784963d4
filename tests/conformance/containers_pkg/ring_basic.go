package main

import (
	"container/ring"
	"fmt"
)

func show(label string, r *ring.Ring) {
	fmt.Printf("%s (len %d):", label, r.Len())
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("ring", r)
	show("moved 2", r.Move(2))
	show("moved -1", r.Move(-1))
	show("moved 12", r.Move(12))
	fmt.Println("prev of r:", r.Prev().Value)

	// sum with Do
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)

	// unlink two elements after r
	removed := r.Unlink(2)
	show("removed", removed)
	show("left", r)

	// link another ring in
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprintf("s%d", i)
		s = s.Next()
	}
	after := r.Link(s)
	show("linked", r)
	fmt.Println("link returned", after.Value)

	// linking r with itself removes nothing and returns r.Next()
	same := r.Link(r.Next())
	fmt.Println("self link:", same.Value, r.Len())

	// zero Ring and nil ring
	var z ring.Ring
	fmt.Println("zero ring len", z.Len(), z.Next() == &z, z.Prev() == &z)
	var nilr *ring.Ring
	fmt.Println("nil ring len", nilr.Len())
	nilr.Do(func(any) { fmt.Println("never") })
	fmt.Println("new(0) is nil:", ring.New(0) == nil, ring.New(-3) == nil)
	fmt.Println("unlink 0:", r.Unlink(0) == nil)

	// a ring used as a fixed window of the last 3 values
	w := ring.New(3)
	for i := 1; i <= 7; i++ {
		w.Value = i * i
		w = w.Next()
	}
	show("window", w)
}
