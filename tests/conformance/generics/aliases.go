package main

import "fmt"

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T)  { l.items = append(l.items, v) }
func (l *List[T]) Len() int { return len(l.items) }

type Set[T comparable] = map[T]struct{}
type Vec[T any] = []T
type MyList[T any] = List[T]
type IntList = List[int]
type Pair[K comparable, V any] = struct {
	Key K
	Val V
}
type Fn[T any] = func(T) T

func keys[T comparable](s Set[T]) int { return len(s) }

func apply[T any](v Vec[T], f Fn[T]) Vec[T] {
	out := make(Vec[T], 0, len(v))
	for _, x := range v {
		out = append(out, f(x))
	}
	return out
}

func main() {
	s := Set[string]{"a": {}, "b": {}}
	s["c"] = struct{}{}
	fmt.Println(keys(s), len(s))
	var v Vec[int] = []int{1, 2, 3}
	fmt.Println(apply(v, func(x int) int { return x * x }))
	var ml MyList[string]
	ml.Add("x")
	ml.Add("y")
	fmt.Println(ml.Len(), ml.items)
	var il IntList
	il.Add(5)
	var plain List[int] = il
	fmt.Println(plain.items)
	p := Pair[string, int]{"k", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%T %T %T\n", s, v, ml)
	var f Fn[float64] = func(x float64) float64 { return x / 2 }
	fmt.Println(f(3))
}
