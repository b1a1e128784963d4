// Functions whose body is `return X` or `if C { return X }; return Y`
// (compiled to one value closure): results, conversions to interfaces,
// gc's order inside the returned expression, panics and their traces.
package main

import (
	"errors"
	"fmt"
)

var counter int

func bump() int { counter++; return counter }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func half(x float64) float64 { return x / 2 }

func pick(a, b string) string {
	if a < b {
		return a
	}
	return b
}

func asAny(n int) any { return n }

func asErr(s string) error {
	if s == "" {
		return nil
	}
	return errors.New(s)
}

func order() int { return counter + bump() }

func elem(s []int, i int) int { return s[i] }

type P struct{ x int }

func (p *P) get() int {
	if p == nil {
		return -1
	}
	return p.x
}

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(fib(20), half(3), pick("b", "a"), pick("a", "b"))
	fmt.Printf("%v %T\n", asAny(3), asAny(3))
	fmt.Println(asErr(""), asErr("boom"), asErr("") == nil)
	fmt.Println(order(), order())
	var p *P
	fmt.Println(p.get(), (&P{4}).get())
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(div(7, 0))
	}()
	fmt.Println(elem([]int{1, 2}, 5))
}
