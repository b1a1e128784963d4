package main

// Bit-exact sweep: pseudo-random inputs (an LCG, no math/rand) through the
// transcendental functions, printed as IEEE bits so any last-bit difference shows.

import (
	"fmt"
	"math"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>11)/(1<<53)
}

func main() {
	for i := 0; i < 300; i++ {
		var x float64
		switch i % 5 {
		case 0:
			x = uniform(-10, 10)
		case 1:
			x = uniform(-1, 1)
		case 2:
			x = math.Pow(10, uniform(-30, 30))
		case 3:
			x = uniform(-800, 800)
		default:
			x = math.Float64frombits(next())
		}
		y := uniform(-6, 6)
		r := []float64{math.Sqrt(x), math.Pow(x, y), math.Pow(math.Abs(x), y), math.Exp(x), math.Exp2(x), math.Expm1(x),
			math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Sin(x), math.Cos(x), math.Tan(x),
			math.Asin(x), math.Acos(x), math.Atan(x), math.Atan2(x, y), math.Sinh(x), math.Cosh(x), math.Tanh(x),
			math.Asinh(x), math.Acosh(x), math.Atanh(x), math.Hypot(x, y), math.Cbrt(x), math.Gamma(x),
			math.Erf(x), math.Erfc(x), math.Mod(x, y), math.Remainder(x, y), math.FMA(x, y, 1)}
		fmt.Printf("%d %x:", i, math.Float64bits(x))
		for _, v := range r {
			fmt.Printf(" %x", math.Float64bits(v))
		}
		fmt.Println()
	}
}
