// Generic methods (Go 1.27): methods with their own type parameters, on plain
// and generic types; inferred and explicit type arguments; method values.
package main

import (
	"fmt"
	"strconv"
)

type Box struct{ items []any }

func (b *Box) Add(x any) { b.items = append(b.items, x) }

func (b *Box) Map[T any](f func(any) T) []T {
	var out []T
	for _, x := range b.items {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }

func (s Stack[T]) Fold[A any](acc A, f func(A, T) A) A {
	for _, x := range s.xs {
		acc = f(acc, x)
	}
	return acc
}

func (s *Stack[T]) Convert[U any](f func(T) U) *Stack[U] {
	out := &Stack[U]{}
	for _, x := range s.xs {
		out.Push(f(x))
	}
	return out
}

type Num int

func (n Num) Scale[F ~float32 | ~float64](k F) F { return F(n) * k }

func main() {
	b := &Box{}
	b.Add(1)
	b.Add("two")
	fmt.Println(b.Map(func(x any) string { return fmt.Sprint("<", x, ">") }))
	fmt.Println(b.Map[int](func(x any) int { return 7 }))
	mapper := b.Map[bool]
	fmt.Println(mapper(func(x any) bool { _, ok := x.(int); return ok }))

	s := &Stack[int]{}
	for i := 1; i <= 4; i++ {
		s.Push(i)
	}
	fmt.Println(s.Fold(0, func(a, x int) int { return a + x }))
	fmt.Println(s.Fold("", func(a string, x int) string { return a + strconv.Itoa(x) }))
	strs := s.Convert(func(x int) string { return strconv.Itoa(x * x) })
	fmt.Printf("%T %v\n", strs, strs.xs)
	fmt.Println(strs.Fold[int](0, func(a int, x string) int { return a + len(x) }))

	var n Num = 3
	fmt.Println(n.Scale(1.5), n.Scale(float32(0.5)))
	fmt.Printf("%T\n", n.Scale[float32](2))
}
