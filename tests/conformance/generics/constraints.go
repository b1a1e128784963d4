package main

import (
	"fmt"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func Describe[T StringableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String()+fmt.Sprint(int(x)+1))
	}
	return out
}

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Overflow[T Integer](x T) T {
	return x * 2
}

func Convert[From, To Integer](x From) To { return To(x) }

func Abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Celsius float64

func Equal[T comparable](a, b T) bool { return a == b }

func PtrTo[T any](v T) *T { return &v }

func Len[S ~[]E, E any](s S) int { return len(s) }

type Names []string

func First[S ~[]E, E any](s S) E { return s[0] }

func main() {
	fmt.Println(Describe([]ID{1, 2}))
	fmt.Println(Join([]ID{7, 8, 9}, ", "))
	fmt.Println(Overflow(int8(100)), Overflow(uint8(200)), Overflow(int64(1)<<62), Overflow(uint16(40000)))
	fmt.Println(Convert[int, uint8](300), Convert[int64, int8](-129), Convert[uint8, int](255))
	fmt.Println(Abs(-3), Abs(Celsius(-2.5)), Abs(4.0))
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(ID(3), 3), Equal([2]int{1, 2}, [2]int{1, 2}))
	p := PtrTo(42)
	*p++
	fmt.Println(*p)
	fmt.Println(Len(Names{"a", "b"}), First(Names{"z"}), First([]float64{2.5}))
	var e1, e2 interface{} = 1, 1
	fmt.Println(Equal(e1, e2))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s1, s2 interface{} = []int{}, []int{}
	fmt.Println(Equal(s1, s2))
}
