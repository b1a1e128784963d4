package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	err := errors.New("x")
	var s string
	errors.As(err, &s)
}
