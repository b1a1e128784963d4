package main

import (
	"errors"
	"fmt"
)

type (
	A int
	B = A
	L []int
)

func (l *L) Push(v int) { *l = append(*l, v) }

type I interface{ M() int }
type T struct{ n int }

func (t *T) M() int { return t.n }

var _ I = (*T)(nil)
var _ fmt.Stringer = A(0)

func (a A) String() string { return fmt.Sprintf("A(%d)", int(a)) }

type Opts struct {
	Name string
	Size struct {
		W, H int
	}
	Inner struct {
		T
		Tag string
	}
}

type Alias[T any] = []T

func f() any { return &T{7} }

func main() {
	var b B = 3
	fmt.Println(b, A(4))
	var l L
	l.Push(1)
	l.Push(2)
	fmt.Println(l)
	var o Opts
	o.Size.W = 10
	o.Inner.n = 5
	o.Inner.Tag = "t"
	fmt.Printf("%+v %d\n", o, o.Inner.M())
	switch x := f(); v := x.(type) {
	case I:
		fmt.Println("I", v.M())
	}
	if m, ok := f().(interface{ M() int }); ok {
		fmt.Println("inline iface", m.M())
	}
	fn := (func())(nil)
	ip := (*int)(nil)
	bs := []byte(nil)
	ch := make(chan int, 1)
	ro := (<-chan int)(ch)
	fmt.Println(fn == nil, ip == nil, bs == nil, len(ro))
	fs := [2]func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	fmt.Println(fs[0](1), fs[1](5))
	me := (*T).M
	fmt.Println(me(&T{9}))
	var al Alias[string] = []string{"x"}
	fmt.Println(al, len(al))
	var s uint = 3
	var i int = 1.0 << s
	fmt.Println(i, float64(1+0i), string(rune(65)))
	var arrp *[5]int
	const n = len(arrp)
	fmt.Println(n)
	var e error = errors.New("x")
	_, isStr := e.(fmt.Stringer)
	fmt.Println(isStr)
	anon := []struct {
		k string
		v int
	}{{"a", 1}, {k: "b"}}
	fmt.Println(anon)
	mp := map[string]struct{ x, y int }{"p": {1, 2}}
	fmt.Println(mp["p"].y)
	pts := []*struct{ x int }{{1}, {2}}
	fmt.Println(pts[1].x)
	mk := map[[2]int]*T{{1, 2}: {3}}
	fmt.Println(mk[[2]int{1, 2}].n)
	type Local struct {
		A
		B string
	}
	lc := Local{5, "b"}
	fmt.Println(lc, lc.String())
	goto end
end:
	fmt.Println("end")
}
