package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type MyInt int
type Celsius float64

type person struct {
	name string
	age  int
}

func Max[T cmp.Ordered](a, b T) T {
	if cmp.Less(a, b) {
		return b
	}
	return a
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(3, 3))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""), cmp.Compare("ab", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Compare(0.0, math.Copysign(0, -1)), cmp.Less(math.Copysign(0, -1), 0.0))
	fmt.Println(cmp.Compare(MyInt(5), MyInt(3)), cmp.Less(Celsius(1.5), Celsius(2)), cmp.Compare(uint8(255), uint8(0)))
	fmt.Println(cmp.Compare(float32(1.5), float32(nan)), cmp.Compare(int64(-1), int64(1)), cmp.Compare(uintptr(1), uintptr(1)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x", "y"), cmp.Or[int](), cmp.Or("", ""), cmp.Or(0.0, 2.5))
	fmt.Println(cmp.Or(person{}, person{"bob", 3}), cmp.Or[*int](nil, nil) == nil)
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0))

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	slices.SortFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(b.age, a.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(people)
	fs := []float64{3, nan, 1, math.Inf(-1), 2, nan}
	slices.SortFunc(fs, cmp.Compare[float64])
	fmt.Println(fs)
	f := cmp.Compare[string]
	fmt.Println(f("x", "y"))
}
