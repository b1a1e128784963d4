package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var e *error
		errors.As(errors.New("y"), e)
	}()
	errors.As(errors.New("x"), nil)
}
