package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)      { l.items = append(l.items, v) }
func (l List[T]) Each(f func(T)) {
	for _, x := range l.items {
		f(x)
	}
}

type Bag[T any] struct {
	List[T]
	name string
}

type Stack[T any] struct {
	*List[T]
}

func Conv[To, From ~int | ~float64](x From) To { return To(x) }

func Loop[S ~[]E, E any](s S) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func Str[S ~string](s S) (n int) {
	for _, r := range s {
		n += int(r)
	}
	return n + len(s)
}

func Kind(v any) string {
	switch v.(type) {
	case List[int]:
		return "List[int]"
	case *List[string]:
		return "*List[string]"
	case Bag[int]:
		return "Bag[int]"
	}
	return "other"
}

func Eq[T comparable](a, b T) bool { return a == b }

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type MyStr string

func main() {
	var b Bag[int]
	b.Add(1)
	b.Add(2)
	add := b.Add
	add(3)
	b.Each(func(i int) { fmt.Print(i, " ") })
	fmt.Println(b.name == "")
	s := Stack[string]{&List[string]{}}
	s.Add("x")
	fmt.Println(s.items)
	fmt.Println(Conv[int](2.9), Conv[float64](3))
	fmt.Println(Loop([]string{"a", "b"}), Str(MyStr("ab")), Str("é"))
	fmt.Println(Kind(List[int]{}), Kind(&List[string]{}), Kind(b), Kind(List[string]{}))
	fmt.Println(Eq[any](1, 1), Eq[any](1, "1"), Eq(b.List.items == nil, false))
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2.5}))
	each := List[int].Each
	each(List[int]{[]int{7, 8}}, func(i int) { fmt.Print(i) })
	fmt.Println()
	addp := (*List[int]).Add
	l := &List[int]{}
	addp(l, 9)
	fmt.Println(l.items)
}
