package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769,
		2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 9223372036854775807, -9223372036854775808}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v), uint(v), int(v))
	}
	var u uint64 = 18446744073709551615
	fmt.Println(int64(u), int32(u), int8(u), uint8(u), uint16(u), int(u))
	u = 9223372036854775808
	fmt.Println(int64(u), int32(u), float64(u))
	// chained conversions
	x := int8(-5)
	fmt.Println(uint8(x), uint16(x), uint32(x), uint64(x), int16(x), int64(uint8(x)))
	y := uint8(250)
	fmt.Println(int8(y), int16(y), int32(int8(y)))
	// float to int truncation
	fs := []float64{1.9, -1.9, 0.5, -0.5, 1e9, -1e9, 255.99, 3.999999}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32))
	f300, f200 := 300.0, 200.5
	fmt.Println(uint8(int(f300)), int8(int(f200)))
	// int to float
	big := int64(9007199254740993)
	fmt.Println(float64(big), float32(big))
	// rune/byte
	var r rune = 0x1F600
	fmt.Println(byte(r), uint16(r), string(r))
	var bb byte = 'A'
	fmt.Println(rune(bb)+1, string(rune(bb+1)))
	// typed constants conversions
	const c = 1000
	c16 := int16(c)
	fmt.Println(uint8(c%256), c16*int16(c/10))
	type MyInt int32
	var mi MyInt = 2147483647
	mi++
	fmt.Println(mi, int64(mi), uint32(mi))
	fmt.Printf("%T %T %T\n", mi, int8(1), uint64(1))
}
