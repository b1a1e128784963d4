package main

import "fmt"

func main() {
	fs := []float64{1e20, -1e20, 300.7, -300.7, 1e10, 9.3e18, 1.8e19, -1}
	z := 0.0
	fs = append(fs, z/z, 1/z, -1/z)
	for _, f := range fs {
		fmt.Println(f, int64(f), int32(f), int8(f), uint8(f), uint32(f), uint64(f), int(f))
	}
	var f32 float32 = 3e9
	fmt.Println(int32(f32), uint32(f32), int64(f32))
}
