package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())
	for _, f := range adders() {
		fmt.Print(f(10), " ")
	}
	fmt.Println()
	var prints []func()
	for i := range 3 {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, s := range []string{"a", "b"} {
		prints = append(prints, func() { fmt.Print(s, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	// loop var modified inside body affects only that iteration
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// closure capturing shared variable
	x := 1
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println(x)
	// recursive closure
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	// immediately invoked
	y := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(y)
	// closure over struct and array
	arr := [3]int{1, 2, 3}
	setA := func() { arr[0] = 100 }
	setA()
	fmt.Println(arr)
	type S struct{ n int }
	s := S{1}
	getS := func() S { return s }
	s.n = 5
	fmt.Println(getS())
	// closures in goroutine-free generator
	gen := func() func() (int, bool) {
		i := 0
		return func() (int, bool) {
			i++
			return i * i, i <= 4
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
