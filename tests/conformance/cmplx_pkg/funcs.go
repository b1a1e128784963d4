package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{
		0, complex(0, -0.0), complex(math.Copysign(0, -1), 0), 1, -1, 1i, -1i,
		complex(3, 4), complex(-3, 4), complex(3, -4), complex(-2.5, -0.75),
		complex(0.5, 0.25), complex(1e-10, 1e-10), complex(1e300, 1e300),
		complex(0.1, 1), complex(1, 0.1), complex(2, 0), complex(0, 2),
		complex(1e9, 3), complex(3, 1e9), complex(7e9, 0.5),
		complex(math.Pi/2, 0), complex(math.Pi, 1e-20), complex(6.5e10, 1e-3),
		complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf),
		complex(inf, inf), complex(-inf, inf), complex(inf, nan), complex(nan, inf),
		complex(nan, 0), complex(0, nan), complex(nan, nan), complex(2, nan), complex(nan, 2),
		complex(inf, 2), complex(-inf, -2), complex(2, inf), complex(-2, -inf),
	}
	funcs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, fn := range funcs {
		fmt.Println(fn.name)
		for _, v := range vals {
			fmt.Printf("  %v -> %v\n", v, fn.f(v))
		}
	}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Println("Abs/Phase/Polar", v, cmplx.Abs(v), cmplx.Phase(v), r, th,
			cmplx.IsInf(v), cmplx.IsNaN(v))
	}
	for _, p := range [][2]complex128{{0, 0}, {0, 1}, {0, -1}, {0, complex(-1, 1)}, {0, complex(1, 1)},
		{0, complex(nan, 0)}, {2, 10}, {1i, 2}, {complex(1, 1), complex(0.5, -0.5)},
		{-8, 1.0 / 3}, {complex(3, 4), complex(0, 1)}, {complex(1e-300, 0), 2}} {
		fmt.Println("Pow", p[0], p[1], cmplx.Pow(p[0], p[1]))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Rect(1, math.Pi), cmplx.Rect(inf, 0))
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	fmt.Printf("%.3f %8.2f %g %e\n", cmplx.Sqrt(-4), cmplx.Exp(1i*math.Pi), cmplx.Log(-1), cmplx.Pow(2, 0.5))
	var sum complex128
	for k := 0; k < 8; k++ {
		sum += cmplx.Exp(complex(0, 2*math.Pi*float64(k)/8))
	}
	fmt.Printf("roots of unity sum: %.3g\n", sum)
}
