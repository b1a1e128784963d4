package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Square struct{ Rect }

func (s Square) Name() string { return "square" }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // non-nil interface even when p is nil
}

func main() {
	shapes := []NamedShape{Rect{2, 3}, Square{Rect{4, 4}}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area(), s.Perimeter())
	}
	var sh Shape = shapes[1]
	if n, ok := sh.(Named); ok {
		fmt.Println("also named:", n.Name())
	}
	var e interface{}
	fmt.Println(e == nil)
	e = (*int)(nil)
	fmt.Println(e == nil, e)
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var err2 error
	fmt.Println(err2 == nil)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(int64(1)), a != "1")
	var x, y interface{} = Rect{1, 2}, Rect{1, 2}
	fmt.Println(x == y)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var empty interface{} = struct{}{}
	fmt.Printf("%T %v\n", empty, empty)
	var any1 any = []int{1}
	fmt.Printf("%T\n", any1)
	defer func() { fmt.Println("recovered:", recover()) }()
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
