package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Node struct {
	Name string
	Next *Node
}

type WithChan struct {
	Name string
	C    chan int
}

type WithFunc struct {
	F func() `json:"f,omitempty"`
}

func try(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%q | %v\n", b, err)
	var ute *json.UnsupportedTypeError
	var uve *json.UnsupportedValueError
	switch {
	case errors.As(err, &ute):
		fmt.Println("  UnsupportedTypeError:", ute.Type, ute.Type.Kind())
	case errors.As(err, &uve):
		fmt.Println("  UnsupportedValueError:", uve.Str)
	}
}

func main() {
	try(make(chan int))
	try(func() {})
	try(complex(1, 2))
	try(WithChan{Name: "x"})
	try(WithFunc{})
	try(map[bool]int{true: 1})
	try(map[[2]int]string{{1, 2}: "x"})
	try(math.NaN())
	try([]any{1.5, math.Inf(1)})
	n := &Node{Name: "a"}
	n.Next = n
	try(n)
	m := map[string]any{}
	m["self"] = m
	try(m)
	try(map[float64]string{1.5: "x", -2: "y"})
	try(map[*int]string{})
}
