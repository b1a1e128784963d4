package main

import (
	"fmt"
	"slices"
)

type pt struct{ X, Y int }

func show(name string, s []int) {
	fmt.Printf("%s %v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	show("insert mid", slices.Insert(s, 2, 10, 11))
	show("insert end", slices.Insert(s, 5, 6))
	show("insert none", slices.Insert(s, 1))
	show("orig", s)

	big := make([]int, 5, 10)
	copy(big, []int{1, 2, 3, 4, 5})
	r := slices.Insert(big, 1, 100, 200)
	show("in place", r)
	show("big after", big)
	show("big full", big[:cap(big)])

	d := []int{0, 1, 2, 3, 4, 5, 6, 7}
	d2 := slices.Delete(d, 2, 5)
	show("delete", d2)
	show("backing", d[:8])
	show("delete none", slices.Delete(d2, 1, 1))

	e := []int{1, 2, 3, 4, 5, 6}
	e2 := slices.DeleteFunc(e, func(x int) bool { return x%2 == 0 })
	show("deletefunc", e2)
	show("backing", e)

	f := []int{1, 2, 3, 4, 5}
	show("replace shrink", slices.Replace(f, 1, 4, 9))
	show("backing", f)
	g := []int{1, 2, 3, 4, 5}
	show("replace grow", slices.Replace(g, 1, 2, 7, 8, 9))
	h := make([]int, 5, 20)
	copy(h, []int{1, 2, 3, 4, 5})
	show("replace grow in place", slices.Replace(h, 1, 2, 7, 8, 9))
	show("replace tail", slices.Replace([]int{1, 2, 3, 4}, 2, 4, 0))
	show("replace same", slices.Replace([]int{1, 2, 3, 4}, 1, 3, 8, 9))

	for n := 0; n <= 20; n++ {
		c := slices.Clone(make([]int, n))
		fmt.Print(cap(c), " ")
	}
	fmt.Println()
	var nilS []int
	fmt.Println(slices.Clone(nilS) == nil, slices.Clone([]int{}) == nil)
	fmt.Println(cap(slices.Clone([]string{"a", "b", "c"})), cap(slices.Clone([]byte("hello"))), cap(slices.Clone([]pt{{1, 2}, {3, 4}, {5, 6}})))

	show("compact", slices.Compact([]int{1, 1, 2, 3, 3, 3, 4, 1, 1}))
	cc := []int{5, 5, 5, 6}
	show("compact", slices.Compact(cc))
	show("backing", cc)
	words := []string{"a", "A", "b", "B", "b", "c"}
	fmt.Println(slices.CompactFunc(words, func(x, y string) bool { return x == y || x[0]^32 == y[0] }))

	gr := slices.Grow([]int{1, 2}, 10)
	show("grow", gr)
	show("grow none", slices.Grow(make([]int, 2, 10), 5))
	show("grow nil", slices.Grow[[]int](nil, 3))
	show("clip", slices.Clip(make([]int, 3, 10)))

	show("concat", slices.Concat([]int{1, 2}, nil, []int{3}, []int{4, 5, 6}))
	fmt.Println(slices.Concat[[]int]() == nil)
	show("repeat", slices.Repeat([]int{1, 2, 3}, 3))
	show("repeat0", slices.Repeat([]int{1, 2, 3}, 0))

	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv[1:])
	fmt.Println(rv)

	ps := []pt{{1, 2}, {3, 4}}
	ps2 := slices.Clone(ps)
	ps2[0].X = 99
	fmt.Println(ps, ps2)
	ps3 := slices.Insert(ps, 1, pt{5, 6})
	ps3[1].Y = 77
	fmt.Println(ps, ps3)

	// appending after Delete reuses the zeroed tail
	q := []int{1, 2, 3, 4}
	q = slices.Delete(q, 0, 1)
	q = append(q, 9)
	fmt.Println(q, cap(q))
}
