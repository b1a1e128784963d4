package main

import "fmt"

type StateFn func(int) (StateFn, string)

func even(n int) (StateFn, string) {
	if n == 0 {
		return nil, "done-even"
	}
	return odd, "even"
}

func odd(n int) (StateFn, string) {
	if n == 0 {
		return nil, "done-odd"
	}
	return even, "odd"
}

type Expr interface{ Eval() int }
type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }

type Tree struct {
	Kids []*Tree
	Name string
}

func (t *Tree) Count() int {
	n := 1
	for _, k := range t.Kids {
		n += k.Count()
	}
	return n
}

type Chain map[string]Chain

func main() {
	var fn StateFn = even
	var out []string
	for n := 5; fn != nil; n-- {
		var s string
		fn, s = fn(n)
		out = append(out, s)
	}
	fmt.Println(out)
	e := Add{Num(2), Mul{Num(3), Add{Num(1), Num(4)}}}
	fmt.Println(e.Eval())
	fmt.Printf("%v\n", e)
	t := &Tree{Name: "root", Kids: []*Tree{{Name: "a"}, {Name: "b", Kids: []*Tree{{Name: "c"}}}}}
	fmt.Println(t.Count())
	c := Chain{"x": Chain{"y": Chain{}}}
	fmt.Println(len(c), len(c["x"]), len(c["x"]["y"]), c["q"] == nil)
	type LL struct {
		V    int
		Next *LL
	}
	var head *LL
	for i := 3; i > 0; i-- {
		head = &LL{i, head}
	}
	for p := head; p != nil; p = p.Next {
		fmt.Print(p.V)
	}
	fmt.Println()
	type Fix func(Fix) int
	var f Fix = func(self Fix) int { return 42 }
	fmt.Println(f(f))
}
