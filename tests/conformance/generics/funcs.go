package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Zero[T any]() T {
	var z T
	return z
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Pair[A any, B any](a A, b B) string { return fmt.Sprintf("(%v, %v)", a, b) }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	fmt.Println(Sum[int8]([]int8{100, 100}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q\n", strs)
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%3 == 0 }))
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(acc string, i int) string { return acc + fmt.Sprint(i) }))
	fmt.Println(Max(3, 7), Max(2.5, -1), Max("abc", "abd"))
	fmt.Println(Keys(map[string]bool{"a": true}), Keys(map[int]int{}))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%T %T\n", Zero[MyInt](), Sum[float32])
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]float64{1, 2}, 3))
	fmt.Println(Pair(1, "one"), Pair[bool, []int](true, nil))
	f := Map[int, int]
	fmt.Println(f([]int{1, 2}, func(i int) int { return -i }))
}
