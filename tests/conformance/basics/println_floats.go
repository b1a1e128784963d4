package main

import "math"

// print and println write floats and complex numbers as go1.27's runtime does:
// the shortest 'g' form for the value's size (strconv.AppendFloat(v, 'g', -1, bits)).

type F float32

func main() {
	var f float32 = 1.5
	var g = 1e300
	println(f, g, 0.1, 1e21, complex(1, 2))
	var z float64
	nz := math.Copysign(0, -1)
	println(z, nz, math.NaN(), math.Inf(1), math.Inf(-1))
	println(float32(0.1), float32(1)/3, 1e20, 1e-5, 123456789.0, 1e-7, 100.0, 1e6, 1e7, 1e21-1)
	println(complex64(complex(1.5, -2)), complex(math.NaN(), math.Inf(-1)), complex(nz, 0))
	println(complex(1, math.NaN()), complex(math.Inf(1), math.Inf(1)), complex64(complex(0.1, 0.2)))
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32), F(2.25))
	println(float32(16777216), float32(1e-45), 1.0/3, -2.5e-300)
	print(2.5, "\n")
	print(1.0, 2.0, "\n")
	print(complex(3, -0.5), -1.25, "\n")
	panic(F(0.75))
}
