package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func shadow(x int) (res int) {
	if x > 0 {
		res := x * 2
		_ = res
	}
	return
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func find(xs []int, t int) (int, bool) {
	for i, x := range xs {
		if x == t {
			return i, true
		}
	}
	return -1, false
}

func pass() (int, int) { return divmod(17, 5) }

func takeTwo(a, b int) int { return a*10 + b }

func errNil(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

func override() (x int) {
	defer func() { x = 99 }()
	return 5
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(named(3))
	fmt.Println(shadow(5))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(find([]int{3, 4, 5}, 5))
	fmt.Println(find(nil, 1))
	fmt.Println(takeTwo(pass()))
	a, b := pass()
	a, b = b, a
	fmt.Println(a, b)
	_, only := find([]int{1}, 1)
	fmt.Println(only)
	fmt.Println(errNil(true), errNil(false), errNil(false) == nil)
	fmt.Println(override())
	var x, y, z = 1, "two", 3.0
	fmt.Println(x, y, z)
	i, j := 0, 1
	i, j = j, i+j
	i, j = j, i+j
	fmt.Println(i, j)
	s := []int{1, 2, 3}
	k := 0
	k, s[k] = 1, 9
	fmt.Println(k, s)
}
