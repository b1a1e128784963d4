package main

import (
	"errors"
	"fmt"
)

type SliceErr []string

func (s SliceErr) Error() string { return fmt.Sprint([]string(s)) }

type MapErr struct{ m map[string]int }

func (e MapErr) Error() string { return "maperr" }

type ValErr struct{ Code int }

func (v ValErr) Error() string { return fmt.Sprint("val ", v.Code) }

func main() {
	s := SliceErr{"a", "b"}
	w := fmt.Errorf("w: %w", s)
	fmt.Println(errors.Is(w, s))
	fmt.Println(errors.Is(s, s))
	me := MapErr{map[string]int{}}
	fmt.Println(errors.Is(me, me))
	fmt.Println(errors.Is(ValErr{1}, ValErr{1}), errors.Is(ValErr{1}, ValErr{2}))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", ValErr{3}), ValErr{3}))
	var e1 error = ValErr{1}
	var e2 error = ValErr{1}
	fmt.Println(e1 == e2)
	var sl SliceErr
	fmt.Println(errors.As(w, &sl), sl)
	p1 := &ValErr{1}
	p2 := &ValErr{1}
	fmt.Println(errors.Is(p1, p2), errors.Is(p1, p1))
}
