package main

import "fmt"

type Middleware func(Handler) Handler
type Handler func(string) string

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return prefix + "(" + next(s) + ")"
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Visitor struct {
	visit func(n int) bool
	count int
}

func (v *Visitor) Walk(ns []int) {
	for _, n := range ns {
		v.count++
		if !v.visit(n) {
			return
		}
	}
}

func main() {
	h := chain(func(s string) string { return s }, logging("A"), logging("B"), logging("C"))
	fmt.Println(h("x"))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(3), add(1)(1))
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sum := 0
	v := &Visitor{visit: func(n int) bool { sum += n; return n < 3 }}
	v.Walk([]int{1, 2, 3, 4, 5})
	fmt.Println(sum, v.count)
	funcs := map[string]func(...int) int{
		"count": func(xs ...int) int { return len(xs) },
		"first": func(xs ...int) int { return xs[0] },
	}
	fmt.Println(funcs["count"](1, 2, 3), funcs["first"](9, 8))
	var ops []func(int) int
	for _, k := range []int{2, 3, 4} {
		ops = append(ops, func(x int) int { return x * k })
	}
	x := 1
	for _, op := range ops {
		x = op(x)
	}
	fmt.Println(x)
	apply := func(n int, f func(int) int) int {
		for range n {
			f = func(g func(int) int) func(int) int {
				return func(y int) int { return g(g(y)) }
			}(f)
		}
		return f(1)
	}
	fmt.Println(apply(3, func(y int) int { return y + 1 }))
	type op struct {
		name string
		fn   func(float64, float64) float64
	}
	for _, o := range []op{{"+", func(a, b float64) float64 { return a + b }}, {"/", func(a, b float64) float64 { return a / b }}} {
		fmt.Println(o.name, o.fn(7, 2))
	}
}
