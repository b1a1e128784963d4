package main

import (
	"fmt"
	"math"
	"reflect"
)

type T struct {
	A int
	B []string
	C map[string]*T
	D any
	e float64
}

type Node struct {
	V    int
	Next *Node
}

func main() {
	nan := math.NaN()
	s := []int{1, 2}
	m := map[int]float64{1: nan}
	a1 := &Node{V: 1}
	a1.Next = a1
	a2 := &Node{V: 1}
	a2.Next = a2
	cases := [][2]any{
		{1, 1}, {1, int64(1)}, {"a", "a"}, {nil, nil}, {nil, 0}, {[]int(nil), []int{}}, {[]int{}, []int{}},
		{[]int{1, 2}, []int{1, 2}}, {[]int{1, 2}, []int{2, 1}}, {s, s}, {s[:1], s}, {[2]int{1, 2}, [2]int{1, 2}},
		{map[string]int{"a": 1}, map[string]int{"a": 1}}, {map[string]int{}, map[string]int(nil)},
		{map[string][]int{"x": {1}}, map[string][]int{"x": {1}}}, {nan, nan}, {m, m}, {[]float64{nan}, []float64{nan}},
		{T{A: 1, B: []string{"x"}, C: map[string]*T{"k": {A: 2}}, D: 3}, T{A: 1, B: []string{"x"}, C: map[string]*T{"k": {A: 2}}, D: 3}},
		{T{D: 3}, T{D: 3.0}}, {T{e: 1}, T{e: 2}}, {&T{A: 1}, &T{A: 1}}, {a1, a2}, {func() {}, func() {}},
		{(func())(nil), (func())(nil)}, {error(nil), nil}, {[]any{1, "a", nil}, []any{1, "a", nil}},
		{struct{}{}, struct{}{}}, {[]byte("ab"), []byte("ab")}, {&s, &s}, {0.0, math.Copysign(0, -1)},
	}
	for i, c := range cases {
		fmt.Println(i, reflect.DeepEqual(c[0], c[1]))
	}
}
