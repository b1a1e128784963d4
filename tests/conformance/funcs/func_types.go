package main

import "fmt"

type BinOp func(int, int) int
type Pred func(int) bool

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var nilF func()
	fmt.Println(nilF == nil, ops["sub"] == nil)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(apply([]int{1, 2, 3}, dbl))
	even := Pred(func(x int) bool { return x%2 == 0 })
	fmt.Println(filter([]int{1, 2, 3, 4, 5}, even), filter([]int{1, 2, 3, 4, 5}, even.Not()))
	fmt.Printf("%T %T\n", even, inc)
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"sq", func(x float64) float64 { return x * x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	var h func(int) int
	h = inc
	h = compose(h, h)
	fmt.Println(h(0))
	defer func() { fmt.Println("recovered:", recover()) }()
	nilF()
}
