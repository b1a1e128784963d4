package main

import (
	"errors"
	"fmt"
)

var A = errors.New("a")
var B = errors.New("b")

type MyE struct{ N int }

func (m MyE) Error() string { return fmt.Sprint("mye ", m.N) }

func main() {
	j := errors.Join(A, nil, B)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, A), errors.Is(j, B), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	k := errors.Join(fmt.Errorf("ctx: %w", MyE{7}), j)
	fmt.Println(k)
	var m MyE
	fmt.Println(errors.As(k, &m), m.N)
	fmt.Printf("%T\n", j)
	single := errors.Join(A)
	fmt.Println(single, single == A, errors.Is(single, A))
	nested := errors.Join(errors.Join(A, B), errors.New("c"))
	fmt.Printf("%q\n", nested.Error())
}
