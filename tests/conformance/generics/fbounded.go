package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (n Name) Less(m Name) bool { return len(n) < len(m) || len(n) == len(m) && n < m }

func SortBy[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Cloner[T any] interface {
	Clone() T
}

type Doc struct{ pages []int }

func (d *Doc) Clone() *Doc { return &Doc{append([]int(nil), d.pages...)} }

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

type Num interface{ ~int | ~float64 }

type Vec[T Num] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec[T]) Scale(k T) Vec[T]    { return Vec[T]{v.X * k, v.Y * k} }

type Adder[T any] interface{ Add(T) T }

func SumAll[T Adder[T]](zero T, xs ...T) T {
	s := zero
	for _, x := range xs {
		s = s.Add(x)
	}
	return s
}

func main() {
	ages := []Age{30, 10, 20}
	SortBy(ages)
	fmt.Println(ages, MinOf[Age](5, 3, 9))
	names := []Name{"bob", "al", "carol", "ann"}
	SortBy(names)
	fmt.Println(names, MinOf(names...))
	d := &Doc{[]int{1, 2}}
	cl := CloneAll([]*Doc{d})
	cl[0].pages[0] = 99
	fmt.Println(d.pages, cl[0].pages)
	v := SumAll(Vec[int]{}, Vec[int]{1, 2}, Vec[int]{3, 4})
	fmt.Println(v, v.Scale(2))
	fv := SumAll(Vec[float64]{}, Vec[float64]{0.5, 0.25})
	fmt.Printf("%v %T\n", fv, fv)
}
