package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tryIt() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("bad thing")
}

func noNamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func multi() (a int, b string) {
	defer func() {
		a++
		b += "!"
	}()
	a, b = 1, "hi"
	return
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func loopDefer() (s []int) {
	for i := 0; i < 3; i++ {
		defer func() { s = append(s, i) }()
	}
	return nil
}

func main() {
	fmt.Println(double())
	fmt.Println(tryIt())
	fmt.Println(noNamed())
	fmt.Println(multi())
	fmt.Println(wrapErr())
	fmt.Println(loopDefer())
}
