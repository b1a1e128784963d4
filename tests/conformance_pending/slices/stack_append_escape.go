package main

import "fmt"

// gc (Go >= 1.25) gives a non-escaping slice a 32-byte stack buffer on its
// first growing append; minigo recognises only the plainest non-escaping
// uses (compile/stackappend.py). These are non-escaping to gc's escape
// analysis too but not to minigo's, or use the size-class ladder of
// growsliceBuf (ranging over the slice).
func viaRange() {
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("range", cap(s), sum)
}

func viaClosure() {
	var s []int
	f := func() { s = append(s, 1) }
	f()
	fmt.Println("closure", cap(s))
}

func viaAlias() {
	var s []int
	s = append(s, 1)
	t := s[:]
	_ = t
	fmt.Println("alias", cap(s))
}

func main() {
	viaRange()
	viaClosure()
	viaAlias()
}
