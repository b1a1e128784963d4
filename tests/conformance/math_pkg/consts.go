package main

import (
	"fmt"
	"math"
)

const twoPi = 2 * math.Pi
const big = math.MaxUint64 / 3

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Printf("%T %T %T %T\n", math.Pi, math.MaxInt8, math.MaxInt64, math.MaxUint32)
	fmt.Println(twoPi, big, float32(math.Pi), math.Pi*1e10)
	var f32 float32 = math.MaxFloat32
	var i8 int8 = math.MinInt8
	var u16 uint16 = math.MaxUint16
	fmt.Println(f32, i8, u16)
	fmt.Printf("%.40f\n%.30e\n", math.Pi, math.E)
	fmt.Println(math.Pi/2, math.Pi/4, 3*math.Pi/4, 1/math.Pi)
	x := 1.0
	fmt.Println(x*math.Pi, x/math.Ln2, math.MaxInt64-1, math.MaxInt32+1)
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN(), -math.Inf(1))
	fmt.Printf("%x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Inf(-1)))
	fmt.Println(math.IsNaN(math.NaN()), math.IsNaN(1), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1),
		math.IsInf(math.Inf(-1), 0), math.IsInf(math.MaxFloat64, 0))
	nz := math.Copysign(0, -1)
	fmt.Println(nz, math.Signbit(nz), math.Signbit(0), math.Signbit(-1), math.Signbit(math.NaN()), 1/nz)
}
