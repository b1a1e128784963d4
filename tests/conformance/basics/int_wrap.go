package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8 = 0
	u8--
	fmt.Println("uint8", u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var u16 uint16 = 65535
	u16 += 3
	fmt.Println("uint16", u16)
	var i32 int32 = 2147483647
	i32 *= 2
	fmt.Println("int32", i32)
	var u32 uint32 = 4294967295
	u32 *= u32
	fmt.Println("uint32", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64 += 10
	fmt.Println("uint64", u64)
	var i int = 9223372036854775807
	i += 1
	fmt.Println("int", i)
	var u uint = 0
	u -= 1
	fmt.Println("uint", u)
	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)
	var b byte = 200
	b += 100
	fmt.Println("byte", b)
	var r rune = 2147483647
	r++
	fmt.Println("rune", r)
	// multiplication overflow
	var m8 int8 = 100
	m8 *= 3
	fmt.Println("m8", m8)
	var m16 int16 = -300
	m16 *= 300
	fmt.Println("m16", m16)
	var m64 int64 = 1 << 62
	m64 *= 4
	fmt.Println("m64", m64)
	m64 = -9223372036854775808
	fmt.Println("neg min", -m64)
	var x8 int8 = -128
	fmt.Println("neg int8 min", -x8, x8/-1, x8*-1)
	var u8b uint8 = 1
	fmt.Println("neg uint8", -u8b, ^u8b)
	var u32b uint32 = 5
	fmt.Println("neg uint32", -u32b, ^u32b)
	fmt.Println("complement", ^int8(5), ^int16(-1), ^uint16(0), ^int64(0))
	// loop wrap
	var c uint8
	n := 0
	for c = 250; c != 4; c++ {
		n++
	}
	fmt.Println("wrapped loop", n, c)
	sum := int16(0)
	for k := 0; k < 1000; k++ {
		sum += int16(k * 97)
	}
	fmt.Println("sum16", sum)
}
