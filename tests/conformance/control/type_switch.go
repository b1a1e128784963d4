package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func ", x())
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int8(2), int16(3), "s", []int{1, 2}, errors.New("boom"), &MyErr{"mine"},
		Sq{2}, &Circ{1}, Circ{1}, func() int { return 7 }, map[string]int{"a": 1}, 3.5, true, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Sq{3}
	switch s.(type) {
	case *Circ:
		fmt.Println("circ")
	case Sq:
		fmt.Println("sq")
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
	var me *MyErr
	e = me
	switch x := e.(type) {
	case *MyErr:
		fmt.Println("typed nil *MyErr", x == nil)
	}
	if sq, ok := s.(Sq); ok {
		fmt.Println("assert ok", sq.S)
	}
	_, ok := s.(*Circ)
	fmt.Println("assert", ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = s.(*Circ)
}
