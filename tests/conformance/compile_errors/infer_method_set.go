// An inferred (typed) type argument lacking the constraint's methods is
// reported by inference: "in call to F, T (type X) does not satisfy ...".
package main

import (
	"fmt"
	"strconv"
)

type S int

func (s S) String() string { return strconv.Itoa(int(s)) }

type Num interface {
	~int | ~float64
	String() string
}

func Show[T fmt.Stringer](xs ...T) {
	for _, x := range xs {
		fmt.Println(x.String())
	}
}

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Cmp[T any] interface{ Less(T) bool }

func Min[T Cmp[T]](a, b T) T {
	if a.Less(b) {
		return a
	}
	return b
}

func (s S) Less(o S) bool { return s < o }

func main() {
	Show(S(1), S(2))
	fmt.Println(Sum([]S{1, 2, 3}))
	fmt.Println(Min(S(4), S(3)))
	var n int
	Show(n)
	var f float64
	Min(f, f)

}
