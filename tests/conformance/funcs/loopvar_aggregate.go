package main

import "fmt"

type P struct{ x, y int }

func main() {
	pts := []P{{1, 2}, {3, 4}, {5, 6}}
	var fs []func() P
	var ptrs []*P
	for _, p := range pts {
		fs = append(fs, func() P { return p })
		ptrs = append(ptrs, &p)
	}
	for i, f := range fs {
		fmt.Println(f(), *ptrs[i])
	}
	var gs []func() int
	for p := (P{0, 0}); p.x < 3; p.x++ {
		gs = append(gs, func() int { return p.x * 10 })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	arrs := [][2]int{{1, 1}, {2, 2}}
	var as []*[2]int
	for _, a := range arrs {
		as = append(as, &a)
	}
	fmt.Println(*as[0], *as[1])
	var hs []func() [2]int
	for a := [2]int{0, 0}; a[0] < 2; a[0]++ {
		hs = append(hs, func() [2]int { return a })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	m := map[string]P{"a": {1, 1}}
	var mp []*P
	for _, v := range m {
		mp = append(mp, &v)
		v.x = 99
	}
	fmt.Println(*mp[0], m["a"])
	var ch = make(chan P, 2)
	ch <- P{7, 7}
	ch <- P{8, 8}
	close(ch)
	var cp []*P
	for v := range ch {
		cp = append(cp, &v)
	}
	fmt.Println(*cp[0], *cp[1])
	var ss []*P
	for i := range 2 {
		var local P
		local.x = i
		ss = append(ss, &local)
	}
	fmt.Println(*ss[0], *ss[1])
	var qs []*P
	q := P{}
	for i := 0; i < 2; i++ {
		q.x = i
		qs = append(qs, &q)
	}
	fmt.Println(*qs[0], *qs[1])
}
