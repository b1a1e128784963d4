package main

import "fmt"

type P struct{ x int }

func seq(n int) func(func(P) bool) {
	return func(yield func(P) bool) {
		for i := range n {
			if !yield(P{i}) {
				return
			}
		}
	}
}

type Grid [2][2]int

func main() {
	var fs []func() P
	for p := range seq(3) {
		fs = append(fs, func() P { return p })
		p.x = 100
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gp []*Grid
	for g := range func(yield func(Grid) bool) {
		var g Grid
		for i := 0; i < 2; i++ {
			g[0][0] = i
			if !yield(g) {
				return
			}
		}
	} {
		gp = append(gp, &g)
	}
	fmt.Println(*gp[0], *gp[1])
	var ks []*[2]string
	for k, v := range map[[2]string]int{{"a", "b"}: 1} {
		ks = append(ks, &k)
		_ = v
	}
	fmt.Println(*ks[0])
	arr := [3]P{{1}, {2}, {3}}
	var ap []*P
	for i, p := range arr {
		arr[2].x = 30
		if i == 2 {
			fmt.Println("range copy", p)
		}
		ap = append(ap, &p)
	}
	fmt.Println(*ap[0], *ap[2])
	sw := P{5}
	switch q := sw; q.x {
	case 5:
		q.x = 6
		fmt.Println(q, sw)
	}
	if r := sw; r.x > 0 {
		r.x = -1
		fmt.Println(r, sw)
	}
}
