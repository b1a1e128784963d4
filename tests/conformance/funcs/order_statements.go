package main

import "fmt"

var g = 1
var trace []string

func two() (int, string) { g++; return g, "two" }
func key() int           { trace = append(trace, "key"); return 1 }

type T struct{ n int }

func (t *T) Next() int { t.n++; return t.n }

func main() {
	m := map[int]int{}
	arr := []int{0, 0, 0}
	var s string
	m[key()], s = two()
	fmt.Println(m, s, trace, g)
	arr[g-3], s = two()
	fmt.Println(arr, s, g)
	ch := make(chan int, 2)
	ch <- 5
	var ok bool
	arr[g-1], ok = <-ch
	fmt.Println(arr, ok)
	mm := map[string]int{"a": 1}
	var v int
	arr[0], ok = mm[fmt.Sprint("a")]
	fmt.Println(arr, ok, v)
	var i interface{} = 3
	arr[1], ok = i.(int)
	fmt.Println(arr, ok)
	t := &T{}
	fmt.Println(t.n, t.Next(), t.n, t.Next())
	x := 0
	add := func(d int) int { x += d; return x }
	fmt.Println(x+add(1), x*add(2), add(3)-x)
	y := 10
	dec := func() int { y--; return y }
	if y == dec()+1 {
		fmt.Println("if cond sees", y)
	}
	for k := 0; k < 10 && y > dec(); k++ {
		fmt.Print(y, " ")
	}
	fmt.Println()
	switch y + dec() {
	case 0:
	default:
		fmt.Println("switch", y)
	}
	z := []int{1, 2, 3}
	pop := func() int { v := z[len(z)-1]; z = z[:len(z)-1]; return v }
	fmt.Println(len(z), pop(), len(z), z)
	w := 1
	w += func() int { w = 100; return 1 }()
	fmt.Println(w)
	q := 1
	res := func() int { return q + func() int { q = 50; return 0 }() }()
	fmt.Println(res)
	var a, b = g, func() int { g = 0; return 1 }()
	fmt.Println(a, b)
	r1, r2 := func() (int, int) { return g, func() int { g = 7; return 0 }() }()
	fmt.Println(r1, r2)
	cnt := 0
	incr := func() int { cnt++; return cnt }
	arr2 := [3]int{incr(), cnt, incr()}
	fmt.Println(arr2)
	st := struct{ a, b int }{cnt, incr()}
	fmt.Println(st)
	mp := map[string]int{"x": cnt, "y": incr()}
	fmt.Println(mp["x"], mp["y"])
}
