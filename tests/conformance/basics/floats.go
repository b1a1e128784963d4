package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), f32*3, f64*3)
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1 == a)
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	fmt.Println(float32(1)/3, float64(1)/3)
	x := float32(1e38)
	fmt.Println(x*10, -x*10)
	fmt.Println(float32(3.4028235e38), float32(1.4e-45), float32(1e-46))
	var h float32 = 1.0000001
	fmt.Println(h, h*h, float64(h))
	vals := []float64{0, 1, -1, 1.5, 2.5, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1.23456789e-7, 100, 3.0}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	fmt.Println(2.0/3.0*3.0, 0.1+0.2, 0.3-0.1)
	var ff float32 = 0.3
	fmt.Println(ff-0.1, ff+0.7)
	t := 5.0
	t /= 2
	fmt.Println(t, int(t))
	fmt.Println(float32(0.1)+float32(0.2), float32(0.1+0.2))
	var neg float64 = -0.0
	z := 0.0
	nz := -z
	fmt.Println(neg, nz, 1/nz)
	fmt.Printf("%v %g %.3f %e\n", 1/3.0, float32(1)/3, 2.0/3, 12345.678)
}
