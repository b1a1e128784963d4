package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.insert(v)
	} else {
		t.Right = t.Right.insert(v)
	}
	return t
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

func (t *Tree) Walk() func(func(int) bool) {
	return func(yield func(int) bool) { t.All(yield) }
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Backward() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i := len(l.items) - 1; i >= 0; i-- {
			if !yield(i, l.items[i]) {
				return
			}
		}
	}
}

func Zip(a, b []int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := range min(len(a), len(b)) {
			if !yield(a[i], b[i]) {
				return
			}
		}
	}
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = root.insert(v)
	}
	for v := range root.Walk() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.Walk() {
		if v > 45 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	l := &List[string]{[]string{"x", "y", "z"}}
	for i, s := range l.Backward() {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for a, b := range Zip([]int{1, 2, 3}, []int{10, 20}) {
		fmt.Print(a+b, " ")
	}
	fmt.Println()
	var it func(func(string) bool) = func(yield func(string) bool) {
		_ = yield("a") && yield("b") && yield("c")
	}
	for s := range it {
		fmt.Print(s)
	}
	fmt.Println()
	m := map[bool]bool{}
	for v := range root.Walk() {
		m[v%3 == 0] = true
	}
	fmt.Println(len(m))
}
