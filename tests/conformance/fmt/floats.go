package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 2.5, 123456789.0, 1e21, 1e20, 1e-7, 1e-4, 3.14159265358979, 100, 1.0 / 3.0, 5e-324, 1.7976931348623157e308}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%F|%.2f|%8.3f|%-10.1e|%+g|% g|%G|%.3g|%#g|%x|%X\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(vals)
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	negz := -zero
	for _, v := range []float64{nan, inf, ninf, negz} {
		fmt.Printf("%v|%f|%5.2f|%+v|%e|%g|%-6v|%06v|% f|%x\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(nan, inf, ninf, negz)
	var f32 float32 = 0.1
	var f32b float32 = 16777216.0
	var f32c float32 = 1.0 / 3.0
	fmt.Println(f32, f32b, f32c, float64(f32))
	fmt.Printf("%v %g %.10f %T %e\n", f32, f32, f32, f32, f32c)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e6, 1e21, float32(2.5))
	fmt.Printf("%08.3f|%-8.3f|%+08.2f|%+.0f|%.0f|%.0f\n", 3.14159, 3.14159, -3.14159, 2.5, 0.5, 1.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%.3e|%10.2e|%#.0f|%#.0e\n", 123456.789, 0.000123, 3.0, 3.0)
	fmt.Printf("%g %g %g %g\n", 1e-5, 1e-4, 123456.0, 1234567.0)
	fmt.Printf("%.4g %.4g %.1g %.0g\n", 123456.0, 0.00012345, 0.15, 7.0)
	fmt.Printf("%d %s\n", 1.5, 2.5)
	var x float64 = 2
	fmt.Println(x, x/3, x*1e100, -x/1e10)
	fmt.Println(float32(x)/3, 3.4028234663852886e+38, 4.9406564584124654e-324)
	fmt.Print(1.0, 2.5, "\n")
}
