package main

// errors.AsType (Go 1.26): errors.As with the target type as a type argument.

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("my ", e.code) }

type ValErr struct{ s string }

func (e ValErr) Error() string { return e.s }

type asErr struct{}

func (asErr) Error() string { return "as" }
func (asErr) As(target any) bool {
	if p, ok := target.(**MyErr); ok {
		*p = &MyErr{99}
		return true
	}
	return false
}

func main() {
	err := fmt.Errorf("wrap: %w", &MyErr{7})
	if e, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("found", e.code)
	}
	_, ok := errors.AsType[ValErr](err)
	fmt.Println(ok)
	v, ok := errors.AsType[ValErr](errors.Join(errors.New("x"), ValErr{"val"}))
	fmt.Println(v, ok)
	m, ok := errors.AsType[*MyErr](fmt.Errorf("a: %w", asErr{}))
	fmt.Println(m, ok)
	z, ok := errors.AsType[*MyErr](nil)
	fmt.Println(z, ok)
	_, err2 := strconv.Atoi("12x")
	if ne, ok := errors.AsType[*strconv.NumError](fmt.Errorf("parse: %w", err2)); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	i, ok := errors.AsType[interface{ Error() string }](err)
	fmt.Println(i, ok)
}
