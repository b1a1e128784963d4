package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func MapKeys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Ptr[T any](v T) *T { return &v }

func Default[T comparable](v, d T) T {
	var zero T
	if v == zero {
		return d
	}
	return v
}

func Count[T any](xs ...T) int { return len(xs) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) Get(def T) T {
	if o.ok {
		return o.v
	}
	return def
}

func main() {
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Println(v, v.Norm1())
	fmt.Printf("%T\n", v)
	fmt.Println(Scale([]int{1, 2}, 3))
	fmt.Println(Apply(3, func(i int) int { return i + 1 }, func(i int) int { return i * 10 }))
	fmt.Println(Apply("x"))
	ks := MapKeys(map[string]int{"only": 1})
	fmt.Println(ks, len(ks))
	p := Ptr("s")
	fmt.Println(*p)
	fmt.Println(Default("", "dflt"), Default("set", "dflt"), Default(0, 9), Default(3.5, 1))
	fmt.Println(Count(1, 2, 3), Count[string](), Count("a"))
	fmt.Println(Some(5).Get(0), None[int]().Get(-1), Some("hi").Get(""))
	o := None[[]int]()
	fmt.Println(o.Get([]int{7}))
	fmt.Printf("%T %T\n", Some(1.5), None[string]())
	const big = 1 << 40
	fmt.Println(Default(big, 1))
	fmt.Println(Scale([]float64{0.5}, 3))
}
