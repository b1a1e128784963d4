package main

import "fmt"

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(" (stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate[T any](s []T) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq Seq[T], keep func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq Seq[T], f func(T) U) Seq[U] {
	return func(yield func(U) bool) {
		seq(func(v T) bool { return yield(f(v)) })
	}
}

func Take[T any](seq Seq[T], n int) Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Collect[T any](seq Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	for i := range Count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Print(i)
	}
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Printf("%q\n", Collect(Take(sq, 5)))
	fmt.Println(Collect(Take(Naturals(), 0)))
	sum := 0
	for v := range Take(Naturals(), 100) {
		sum += v
	}
	fmt.Println(sum)
	for range Count(2) {
		fmt.Print("-")
	}
	fmt.Println()
}
