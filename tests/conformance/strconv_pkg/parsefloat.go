package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	in := []string{"0", "1", "-1", "+1", "1.5", ".5", "5.", ".", "-.5", "1e3", "1E3", "1e+3", "1e-3", "1e", "1e+",
		"1.5e308", "1.8e308", "-1.8e308", "1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "5e-324",
		"inf", "Inf", "+inf", "-Inf", "infinity", "-Infinity", "INFINITY", "infin", "nan", "NaN", "NAN", "-nan", "+nan", "nanx",
		"0x1p-2", "0x1.8p3", "0X1P+4", "0x1", "0x1.8", "0xp1", "0x.8p1", "0x1p", "0x1fffffffffffffp0", "0x1.fffffffffffffffffp0",
		"0x1p1024", "0x1p-1074", "0x1p-1075", "0x1p-1076", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0",
		"1_000.5", "0x1_0p0", "0x_1p0", "1__0", "1e1_0", "0_1.5", "00.5", "0.000001", "123456789012345678901234567890",
		"3.14159265358979323846264338327950288419716939937510582097494459", " 1", "1 ", "", "+", "-", "e5", "1.2.3",
		"0.1", "0.2", "0.3", "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993",
		"1e23", "8.41e21", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"-0", "-0.0", "0e9999999", "1e-9999999", "100000000000000000000000000000000000000000000000000e-50"}
	for _, s := range in {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("64 %q -> %v %x %v\n", s, f, math.Float64bits(f), err)
		g, err := strconv.ParseFloat(s, 32)
		fmt.Printf("32 %q -> %v %x %v\n", s, g, math.Float32bits(float32(g)), err)
	}
	f32 := []string{"3.4028234e38", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
		"3.40282357e38", "1e39", "1.4e-45", "7e-46", "7.1e-46", "1e-46", "0.1", "16777217", "16777219",
		"1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062501",
		"0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150", "1.0000001", "33554431", "33554433"}
	for _, s := range f32 {
		g, err := strconv.ParseFloat(s, 32)
		fmt.Printf("f32 %q -> %v %x %v\n", s, g, math.Float32bits(float32(g)), err)
	}
	_, err := strconv.ParseFloat("1e500", 64)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num)
	_, err = strconv.ParseFloat("1x", 64)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), err)
	f, err := strconv.ParseFloat("1.5", 16)
	fmt.Println(f, err)

	cs := []string{"1+2i", "(1+2i)", "1-2i", "3", "2i", "-2i", "i", "1+i", "NaN+NaNi", "inf-infi", "1e400+1i", "(1+2i", "1+2", "1++2i",
		"1.5e3-0.25i", "0x1p3+0x1p-2i", "+3i", "1i", "1e40+1i"}
	for _, s := range cs {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, c, err)
		c, err = strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err)
	}
}
