package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 63, 1<<64 - 1, 0x0123456789abcdef} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 5), bits.RotateLeft64(x, -5), bits.RotateLeft64(x, 64))
		fmt.Println(" ", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)),
			bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 13))
		x32 := uint32(x)
		fmt.Println(" ", bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32),
			bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, 7), bits.RotateLeft32(x32, -1))
		x16 := uint16(x)
		fmt.Println(" ", bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16), bits.Len16(x16),
			bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, 3), bits.RotateLeft16(x16, -3))
		x8 := uint8(x)
		fmt.Println(" ", bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8), bits.Len8(x8),
			bits.Reverse8(x8), bits.RotateLeft8(x8, 1), bits.RotateLeft8(x8, -9))
	}
	s, c := bits.Add64(1<<64-1, 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d, b = bits.Sub64(5, 3, 1)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(1<<64-1, 1<<64-1)
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, 1<<64-1)
	fmt.Println(q, r)
	q, r = bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(100, 5, 7))
	s32, c32 := bits.Add32(1<<32-1, 2, 1)
	fmt.Println(s32, c32)
	d32, b32 := bits.Sub32(1, 2, 1)
	fmt.Println(d32, b32)
	h32, l32 := bits.Mul32(1<<32-1, 3)
	fmt.Println(h32, l32)
	q32, r32 := bits.Div32(2, 7, 9)
	fmt.Println(q32, r32, bits.Rem32(5, 6, 7))
	su, cu := bits.Add(3, 4, 1)
	du, bu := bits.Sub(3, 4, 0)
	hu, lu := bits.Mul(1<<40, 1<<40)
	qu, ru := bits.Div(1, 0, 3)
	fmt.Println(su, cu, du, bu, hu, lu, qu, ru, bits.Rem(10, 3, 7))

	// 128-bit arithmetic with carries
	var a1, a0 uint64 = 0, 1<<64 - 1
	var b1, b0 uint64 = 1, 1
	r0, carry := bits.Add64(a0, b0, 0)
	r1, _ := bits.Add64(a1, b1, carry)
	fmt.Println(r1, r0)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(1, 0, 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 5)
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered:", r, ok, err)
		}()
		bits.Rem64(1, 2, 0)
	}()
	bits.Div32(1, 1, 1)
}
