package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []int{7, -7, 0, math.MinInt64, math.MaxInt64, 1}
	ys := []int{2, -2, 3, -1, 1, -3}
	for _, x := range xs {
		for _, y := range ys {
			fmt.Print(x/y, " ", x%y, " ", x*y, " ", x+y, " ", x-y, ";")
		}
		fmt.Println()
	}
	a, b := 1.5, 2.25
	fmt.Println(a+b, a-b, a*b, a/b, 3*a, a*3, b-1, 1-b)
	s, t := "ab", "cd"
	fmt.Println(s+t, s+"x", "y"+t, s < t, s >= "ab", "b" > s)
	var i8 int8 = 100
	j8 := int8(100)
	fmt.Println(i8+j8, i8*j8, i8-(-j8))
	var u uint = 3
	v := uint(5)
	fmt.Println(u-v, u*v, v/u, v%u)
	defer func() { fmt.Println(recover()) }()
	z := 0
	fmt.Println(xs[0] / z)
}
