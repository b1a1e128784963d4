package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")
var ErrOther = errors.New("other")

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "myerr " + e.Op }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, ErrOther), errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase)
	fmt.Printf("%T %T\n", e1, errors.New("x"))
	plain := fmt.Errorf("no wrap %d", 5)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	fmt.Printf("%T\n", plain)
	v := fmt.Errorf("v verb %v", ErrBase)
	fmt.Println(v, errors.Is(v, ErrBase))
	multi := fmt.Errorf("both: %w and %w", ErrBase, ErrOther)
	fmt.Println(multi, errors.Is(multi, ErrBase), errors.Is(multi, ErrOther), errors.Unwrap(multi) == nil)
	fmt.Printf("%T\n", multi)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	me := &MyErr{"read"}
	w := fmt.Errorf("ctx: %w", me)
	var target *MyErr
	fmt.Println(errors.As(w, &target), target.Op, target == me)
	bad := fmt.Errorf("bad: %w", "notanerror")
	fmt.Println(bad, errors.Unwrap(bad))
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
	fmt.Println(fmt.Errorf("%w", ErrBase) == ErrBase)
	fmt.Println(fmt.Errorf("wrap twice: %[1]w %[1]w", ErrBase))
	x := fmt.Errorf("a %w b %d c %w", ErrBase, 42, me)
	fmt.Println(x, errors.As(x, &target), errors.Is(x, ErrBase))
	fmt.Printf("%v|%s|%q|%+v\n", e2, e2, e2, e2)
	fmt.Println(fmt.Errorf("missing %w"))
	fmt.Println(fmt.Errorf("extra", ErrBase))
}
