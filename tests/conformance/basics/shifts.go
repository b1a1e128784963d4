package main

import "fmt"

func main() {
	var x int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var n int8 = -128
	for i := uint(0); i < 10; i++ {
		fmt.Print(n>>i, " ")
	}
	fmt.Println()
	var u uint8 = 0x80
	for i := 0; i < 10; i++ {
		fmt.Print(u>>i, " ")
	}
	fmt.Println()
	var big uint = 200
	var one int64 = 1
	fmt.Println(one<<big, one<<63, one<<64, int64(-1)>>big, int64(-8)>>1, int64(-1)<<63)
	var u64 uint64 = 1
	fmt.Println(u64<<63, u64<<64, u64<<big, (u64<<63)>>63)
	var i32 int32 = -1
	fmt.Println(i32<<31, i32>>31, i32>>100, uint32(i32)>>31, uint32(i32)<<100)
	s := 3
	fmt.Println(1<<s, -1<<s, 5>>s, -5>>s, -5>>1)
	var i16 int16 = 0x4000
	fmt.Println(i16<<1, i16<<2, i16>>14)
	var sh8 uint8 = 7
	fmt.Println(1<<sh8, int16(1)<<sh8)
	a := 0xFF
	a <<= 4
	fmt.Println(a)
	a >>= 6
	fmt.Println(a)
	var w uint16 = 0xABCD
	fmt.Println(w<<8, w>>8, w&0xFF, w|0xF, w^0xFFFF, w&^0xF0F0)
	fmt.Println(6&3, 6|3, 6^3, 6&^3, -6&3, -6|3, -6^3)
	const c = 1 << 70 >> 68
	fmt.Println(c)
	defer func() { fmt.Println("rec:", recover()) }()
	neg := -1
	fmt.Println(1 << neg)
}
