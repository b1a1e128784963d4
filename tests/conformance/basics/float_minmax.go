// Go's min/max and slices.Min/Max on floats: NaN wins, -0 < +0 (one shared rule in compile/ops.py).
package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	z, nz := 0.0, math.Copysign(0, -1)
	nan := math.NaN()
	fmt.Println(min(z, nz), max(nz, z), min(nz, z), max(z, nz), min(1.0, nan, -1.0), max(3.0, 2.0, 5.0, 1.0), min(4.0, 2.0, 3.0))
	fmt.Println(math.Signbit(min(z, nz)), math.Signbit(max(nz, z)), math.Signbit(min(z, z, nz)), math.Signbit(max(nz, nz, z)))
	fmt.Println(slices.Min([]float64{z, nz}), math.Signbit(slices.Min([]float64{z, nz})), math.Signbit(slices.Max([]float64{nz, z})), slices.Max([]float64{1, nan, 2}))
}
