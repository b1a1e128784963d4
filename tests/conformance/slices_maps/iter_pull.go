package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("fib: cleanup")
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func zip[A, B any](xs iter.Seq[A], ys iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nx, sx := iter.Pull(xs)
		defer sx()
		ny, sy := iter.Pull(ys)
		defer sy()
		for {
			x, ok1 := nx()
			y, ok2 := ny()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	for i := 0; i < 10; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
	stop()

	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), fib()) {
		fmt.Println(a, b)
	}

	n2, s2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, val, ok := n2()
	fmt.Println(k, val, ok)
	k, val, ok = n2()
	fmt.Printf("%q %d %v\n", k, val, ok)
	s2()

	// an iterator that finishes by itself
	n3, s3 := iter.Pull(slices.Values([]int{1, 2}))
	for {
		x, ok := n3()
		if !ok {
			break
		}
		fmt.Println("got", x)
	}
	s3()

	// an iterator that talks to a goroutine while it runs
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i * 10
		}
		close(ch)
	}()
	fromChan := func(yield func(int) bool) {
		for x := range ch {
			if !yield(x) {
				return
			}
		}
	}
	n4, s4 := iter.Pull(iter.Seq[int](fromChan))
	defer s4()
	for {
		x, ok := n4()
		if !ok {
			break
		}
		fmt.Println("chan", x)
	}

	// a panic inside the iterator comes out of next
	bad := func(yield func(int) bool) {
		yield(1)
		panic("iterator broke")
	}
	n5, s5 := iter.Pull(iter.Seq[int](bad))
	defer s5()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(n5())
		fmt.Println(n5())
	}()
	fmt.Println(n5())
}
