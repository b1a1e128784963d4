package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type TempErr struct{ msg string }

func (t TempErr) Error() string   { return t.msg }
func (t TempErr) Temporary() bool { return true }

type IsErr struct{}

func (IsErr) Error() string { return "is-err" }
func (IsErr) Is(target error) bool { return target == ErrPerm }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	fmt.Println(errors.Is(e1, e2), errors.Is(e1, e1), errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrPerm))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as:", pe.Op, pe.Path)
	}
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Println(find("ok") == nil)
	var ce error = CodeErr(5)
	w := fmt.Errorf("wrap: %w", ce)
	var target CodeErr
	fmt.Println(errors.As(w, &target), target, int(target))
	fmt.Println(errors.Is(w, CodeErr(5)), errors.Is(w, CodeErr(6)))
	var tmp interface{ Temporary() bool }
	t := fmt.Errorf("t: %w", TempErr{"temp"})
	fmt.Println(errors.As(t, &tmp), tmp.Temporary())
	fmt.Println(errors.As(w, &tmp))
	ie := fmt.Errorf("wrapped is: %w", IsErr{})
	fmt.Println(errors.Is(ie, ErrPerm), errors.Is(ie, ErrNotFound), errors.Is(ie, IsErr{}))
	deep := err
	for i := 0; i < 3; i++ {
		deep = fmt.Errorf("level %d: %w", i, deep)
	}
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, ErrNotFound))
	n := 0
	for e := deep; e != nil; e = errors.Unwrap(e) {
		n++
	}
	fmt.Println("chain length", n)
	var anyTarget any
	fmt.Println(errors.As(err, &anyTarget), anyTarget == err)
	var errTarget error
	fmt.Println(errors.As(err, &errTarget), errTarget == err)
	fmt.Printf("%T %v\n", errors.ErrUnsupported, errors.ErrUnsupported)
}
