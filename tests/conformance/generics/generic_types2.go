package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

type Node[T any] struct {
	Val      T
	Children []*Node[T]
}

func (n *Node[T]) Add(v T) *Node[T] {
	c := &Node[T]{Val: v}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node[T]) Walk(depth int, f func(int, T)) {
	f(depth, n.Val)
	for _, c := range n.Children {
		c.Walk(depth+1, f)
	}
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

type Num2 interface{ ~int }

type Counter[K comparable] struct{ m map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }
func (c *Counter[K]) Add(k K)              { c.m[k]++ }
func (c *Counter[K]) Get(k K) int          { return c.m[k] }

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }
func (p Pair[A, B]) Swap() Pair[B, A]      { return Pair[B, A]{p.Second, p.First} }

func main() {
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Map(func(x int) int { return x * 10 }))
	fv := Vec[float64]{0.5, 1.5}
	fmt.Println(fv.Dot(Vec[float64]{2, 2}))
	root := &Node[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	root.Add("b")
	root.Walk(0, func(d int, s string) { fmt.Printf("%*s%s\n", d*2, "", s) })
	r1 := Try(func() (int, error) { return 5, nil })
	r2 := Try(func() (int, error) { return 0, fmt.Errorf("bad") })
	fmt.Println(r1.OrElse(-1), r2.OrElse(-1), r2.Err)
	c := NewCounter[rune]()
	for _, ch := range "mississippi" {
		c.Add(ch)
	}
	fmt.Println(c.Get('s'), c.Get('i'), c.Get('z'))
	p := MakePair("one", 1)
	q := p.Swap()
	fmt.Printf("%v %v %T\n", p, q, q)
	pp := MakePair(p, []int{1})
	fmt.Printf("%+v\n", pp)
}
