package main

import "fmt"

func main() {
	var a, b uint32 = 3, 5
	fmt.Println(a-b, b-a, a*b, a/b, b%a)
	fmt.Println(a-b > a, int32(a-b))
	var u8 uint8 = 10
	fmt.Println(u8-20, u8*30, -u8, u8<<5, u8>>1, ^u8)
	var u uint = 1
	fmt.Println(u<<63, u<<63>>63, (u<<63)*2)
	var h uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(h, h+1, h*h, h/2, h>>32, h&0xFF)
	fmt.Println(h > 1<<63, uint64(1)<<63)
	var i uint16 = 65535
	fmt.Println(i+1, i*i, i/255)
	x := uint8(0)
	for k := 0; k < 300; k++ {
		x += 7
	}
	fmt.Println(x)
	var hash uint32 = 2166136261
	for _, c := range []byte("hello world") {
		hash ^= uint32(c)
		hash *= 16777619
	}
	fmt.Println(hash)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("minigo") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
	var lcg uint64 = 42
	for k := 0; k < 5; k++ {
		lcg = lcg*6364136223846793005 + 1442695040888963407
		fmt.Print(lcg>>33, " ")
	}
	fmt.Println()
	var s int64 = -1
	fmt.Println(uint64(s), uint32(s), uint8(s>>60))
	var xs int32 = -1234567
	fmt.Println(xs>>4, xs<<4, uint32(xs)>>4, xs/16, xs%16)
	var rot uint32 = 0x80000001
	fmt.Println(rot<<1|rot>>31, rot>>1|rot<<31)
}
