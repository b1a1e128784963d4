package main

// A pointer to an array converted from a sub-slice aliases the slice's elements
// through every use: indexing, ranging, slicing, assignment, comparison, maps.

import (
	"fmt"
	"slices"
	"sort"
)

type P struct{ x, y int }

func sum(p *[3]int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	p[0] = 20
	fmt.Println(s, *p, len(p), cap(p[:]))
	q := (*[3]int)(s[1:4])
	fmt.Println(p == q, p == (*[3]int)(s[2:]))
	*p = [3]int{7, 8, 9}
	fmt.Println(s, sum(p))
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(s)
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	sl := p[:]
	sl[2] = 100
	fmt.Println(s, len(sl), cap(sl))
	sl = append(sl, 55)
	fmt.Println(s, sl)
	copy(p[1:], []int{-1, -2})
	fmt.Println(s)
	arr := *p
	arr[0] = 0
	fmt.Println(s, arr)
	fmt.Println(p, fmt.Sprintf("%v %d", p, *p))
	sort.Ints(p[:])
	fmt.Println(s)
	slices.Reverse(p[:])
	fmt.Println(s)
	m := map[*[3]int]string{p: "p"}
	fmt.Println(m[q], m[(*[3]int)(s[1:])])
	ps := []P{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]P)(ps[1:])
	pp[0].x = 30
	pp[1] = P{50, 60}
	fmt.Println(ps)
	a2 := [2]P(ps[1:])
	a2[0].y = 0
	fmt.Println(ps, a2)
	bs := []byte("hello world")
	w := (*[5]byte)(bs[6:])
	w[0] = 'W'
	fmt.Println(string(bs), string(w[:]))
	var e [0]int
	ez := (*[0]int)(s[5:])
	fmt.Println(len(ez), e)
	var any1 any = p
	if pa, ok := any1.(*[3]int); ok {
		pa[1] = 77
	}
	fmt.Println(s)
	fmt.Println(*(*[2]int)(s[3:]) == [2]int{s[3], s[4]})
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[3]int)(s[3:])
}
