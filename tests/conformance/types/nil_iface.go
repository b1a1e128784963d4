package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e *E) Error() string {
	if e == nil {
		return "nil *E"
	}
	return fmt.Sprint("code ", e.code)
}

func get(kind int) error {
	switch kind {
	case 0:
		return nil
	case 1:
		var e *E
		return e
	default:
		return &E{kind}
	}
}

type Speaker interface{ Speak() string }
type Dog struct{}

func (d *Dog) Speak() string {
	if d == nil {
		return "silent nil dog"
	}
	return "woof"
}

func main() {
	for k := 0; k < 3; k++ {
		err := get(k)
		fmt.Println(k, err == nil, err)
	}
	err := get(1)
	var target *E
	fmt.Println(errors.As(err, &target), target == nil)
	var s Speaker
	fmt.Println(s == nil)
	var d *Dog
	s = d
	fmt.Println(s == nil, s != nil, s.Speak())
	s = &Dog{}
	fmt.Println(s.Speak())
	var i interface{} = nil
	var j interface{} = (*int)(nil)
	var k interface{} = (*string)(nil)
	fmt.Println(i == nil, j == nil, j == k, j == (*int)(nil))
	var p *int
	var q interface{} = p
	fmt.Println(q == p, q == nil)
	fmt.Printf("%v %T\n", q, q)
	var e1 error = &E{1}
	var e2 error = &E{1}
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	var fn func()
	var fi interface{} = fn
	fmt.Println(fi == nil, fn == nil)
	var m map[string]int
	var mi interface{} = m
	fmt.Println(mi == nil, mi != nil)
}
