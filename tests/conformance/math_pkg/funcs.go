package main

import (
	"fmt"
	"math"
)

var inputs = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, -10, 0.1, 0.7071067811865476, 1.5, 2.5, -2.5,
	100, 1e-10, 1e10, 1e300, -1e300, 5e-324, 1e-310, 709.78, 710, -745.2, 33.5, -33.5, 171.6, 1e20, 12345.678,
	math.Pi, math.Pi / 2, 1 << 29, 1e22, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}

type f1 struct {
	name string
	f    func(float64) float64
}

func main() {
	fs := []f1{{"Sqrt", math.Sqrt}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Sin", math.Sin}, {"Cos", math.Cos},
		{"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh},
		{"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Cbrt", math.Cbrt}, {"Gamma", math.Gamma}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Abs", math.Abs},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Logb", math.Logb}}
	for _, f := range fs {
		fmt.Print(f.name, ":")
		for _, x := range inputs {
			fmt.Print(" ", f.f(x))
		}
		fmt.Println()
	}
	for _, x := range inputs {
		fr, e := math.Frexp(x)
		i, fp := math.Modf(x)
		s, c := math.Sincos(x)
		fmt.Println(x, fr, e, i, fp, s, c, math.Ilogb(x), math.Ldexp(x, 3), math.Ldexp(x, -1075))
	}
	for _, x := range []float64{0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370495.5, -4503599627370497} {
		fmt.Println(x, math.Round(x), math.RoundToEven(x), math.Floor(x), math.Ceil(x), math.Trunc(x))
	}
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x40490fdb), math.Float64bits(1.5), math.Float64frombits(0x400921fb54442d18))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter32(1, 2), math.Nextafter32(0, 1))
	for _, n := range []int{-400, -323, -320, -300, -5, 0, 1, 22, 23, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
}
