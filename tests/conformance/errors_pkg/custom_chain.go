package main

import (
	"errors"
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Cause error
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %v", v.Field, v.Cause)
}

func (v *ValidationError) Unwrap() error { return v.Cause }

var ErrEmpty = errors.New("empty value")
var ErrTooLong = errors.New("too long")

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", ErrEmpty}
	}
	if len(name) > 5 {
		return &ValidationError{"name", fmt.Errorf("%w (%d > 5)", ErrTooLong, len(name))}
	}
	return nil
}

func process(names []string) error {
	var errs []error
	for i, n := range names {
		if err := validate(n); err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := process([]string{"ok", "", "waytoolong", "fine"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong), errors.Is(err, os.ErrNotExist))
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	fmt.Println(process([]string{"a"}) == nil)
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		for _, x := range e.Unwrap() {
			fmt.Println(" -", x)
		}
	}
}
