package main

import "fmt"

// Tuple assignment happens in two phases: the operands of index expressions
// and pointer indirections on the left are evaluated before any store.

type T struct{ a, b int }

type S struct {
	n   int
	err error
	any any
}

var xs = []int{0, 0, 0}
var gp *int
var ga, gb int

func f() (*int, int) { x := 7; return &x, 9 }
func two() (int, int) { return 1, 2 }
func h(s string, i int) int { fmt.Println(s); return i }
func twoLog() (int, int) { fmt.Println("two"); gp = &gb; return 1, 2 }
func idx() []int { fmt.Println("idx"); return xs }
func ie() (int, error) { return 3, fmt.Errorf("e") }

func main() {
	var v int
	p := &v
	p, *p = f()
	fmt.Println(v, *p)

	ys := []int{0, 0, 0}
	i := 0
	i, ys[i] = 1, 5
	fmt.Println(i, ys)
	i, ys[i] = two()
	fmt.Println(i, ys)
	i = 0
	ys[i], i = two()
	fmt.Println(i, ys)

	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 3
	fmt.Println(k, m)
	k, m[k] = two2()
	fmt.Println(k, m)

	q := &T{}
	old := q
	q, q.a = &T{}, 4
	fmt.Println(*q, *old)
	q = old
	q, q.b = tp()
	fmt.Println(q, *old)

	arr := [3]int{}
	pa := &arr
	pa, pa[1] = nil, 8
	fmt.Println(pa, arr)
	pa = &arr
	pa, pa[2] = pai()
	fmt.Println(pa, arr)

	var v2 int
	pp := &v2
	pp, *pp = new(int), 11
	fmt.Println(v2, *pp)

	xs[h("h1", 0)], idx()[h("h2", 1)] = twoLog()
	fmt.Println(xs)
	gp = &ga
	var n int
	n, *gp = twoLog()
	fmt.Println(ga, gb, n)

	var s S
	ps := &s
	ps.n, ps.err = ie()
	fmt.Println(s.n, s.err)
	var anys [2]any
	anys[0], anys[1] = ie()
	fmt.Println(anys)
	ma := map[string]any{}
	ma["a"], ma["b"] = ie()
	fmt.Println(ma)
	ok := false
	anys[0], ok = ma["a"]
	fmt.Println(anys[0], ok)
	ch := make(chan int, 1)
	ch <- 4
	anys[0], ok = <-ch
	fmt.Println(anys[0], ok)
	var x any = 3
	anys[1], ok = x.(int)
	fmt.Println(anys, ok)

	mm := map[int]int{}
	var nilm map[int]int
	defer func() { fmt.Println(recover(), mm) }()
	mm[h("k1", 1)], nilm[h("k2", 2)] = twoLog()
}

func two2() (string, int) { return "c", 6 }
func tp() (*T, int)       { return nil, 12 }
func pai() (*[3]int, int) { return nil, 13 }
