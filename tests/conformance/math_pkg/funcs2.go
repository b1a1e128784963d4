package main

import (
	"fmt"
	"math"
)

var xs = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, 10, -10, 1e-300, 1e300, 0.1,
	math.Inf(1), math.Inf(-1), math.NaN()}

func main() {
	type f2 struct {
		name string
		f    func(x, y float64) float64
	}
	fs := []f2{{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
		{"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Copysign", math.Copysign}, {"Nextafter", math.Nextafter}}
	for _, f := range fs {
		for _, x := range xs {
			fmt.Print(f.name, "(", x, ", *):")
			for _, y := range xs {
				fmt.Print(" ", f.f(x, y))
			}
			fmt.Println()
		}
	}
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.FMA(1e308, 10, -math.Inf(1)), math.FMA(math.Inf(1), 0, 1))
	// a sweep: printed with Println so the last bit shows
	for i := -40; i <= 40; i++ {
		x := float64(i) * 0.37
		fmt.Println(x, math.Exp(x), math.Log(math.Abs(x)), math.Pow(1.1, x), math.Sin(x), math.Cos(x), math.Tan(x),
			math.Atan(x), math.Sinh(x), math.Tanh(x), math.Cbrt(x), math.Gamma(x), math.Erf(x), math.Sqrt(math.Abs(x)),
			math.Log10(math.Abs(x)), math.Log2(math.Abs(x)), math.Exp2(x), math.Hypot(x, 3))
	}
	for _, x := range []float64{1e6, 1e9, 1e15, 1e18, 1e100, 1e300, 123456789.123} {
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x))
	}
	for _, p := range [][2]float64{{2, 10}, {2, 0.5}, {2, -0.5}, {-2, 3}, {-2, 0.5}, {10, 308}, {10, 309}, {10, -323}, {10, -324},
		{0.5, 1075}, {-8, 1.0 / 3}, {1.0000001, 1e10}, {2, 1e19}, {-1, math.Inf(1)}, {-0.5, math.Inf(-1)}, {3, 40}, {7, 22.5}} {
		fmt.Println(p[0], p[1], math.Pow(p[0], p[1]))
	}
}
