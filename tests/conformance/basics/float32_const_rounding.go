package main

// float32 constants round once, from the exact value, to nearest-even; a value
// just under MaxFloat32 + ulp/2 rounds down to MaxFloat32.

import (
	"fmt"
	"math"
)

const ulp = 1 << 104

func main() {
	var f float32 = 1 + 1.0/(1<<24) + 1.0/(1<<60)
	fmt.Println(f == 1, f)
	var g float32 = math.MaxFloat32 + ulp/2 - 1
	fmt.Println(g == math.MaxFloat32, g)
	const h float32 = math.MaxFloat32 + ulp/4
	fmt.Println(h)
	var k float32 = -(math.MaxFloat32 + ulp/2 - 1)
	fmt.Println(k)
	var s float32 = math.SmallestNonzeroFloat32 / 2 * 1.0000001
	fmt.Println(s)
	var s2 float32 = math.SmallestNonzeroFloat32 / 2
	fmt.Println(s2)
	var s3 float32 = math.SmallestNonzeroFloat32 * 1.5
	fmt.Println(s3, s3 == 2*math.SmallestNonzeroFloat32)
	var c complex64 = complex(1+1.0/(1<<24)+1.0/(1<<60), math.MaxFloat32+ulp/2-1)
	fmt.Println(c)
	fmt.Println(float32(0.1), float32(1.0/3))
	x := float32(16777217)
	fmt.Println(x, float32(16777219))
}
