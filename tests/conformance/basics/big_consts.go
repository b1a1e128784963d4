package main

import "fmt"

const (
	Huge     = 1 << 200
	HugeDiv  = Huge / (1 << 190)
	Googol   = 1e100
	Tiny     = 1e-100
	Exact    = 0.1 * 3
	Third    = 1.0 / 3
	Back     = Third * 3
	MaxU64   = 1<<64 - 1
	MinI64   = -1 << 63
	BigRune  = 'Z' + 1000
	CplxBig  = (1 + 2i) * (3 - 4i)
	Ratio    = 22.0 / 7
	IntRatio = 22 / 7
	Mixed    = IntRatio * Ratio
	Neg      = -Huge >> 195
)

type Small int8

const S Small = 100

func main() {
	fmt.Println(HugeDiv, Googol, Tiny, Exact == 0.3, Back == 1)
	fmt.Println(uint64(MaxU64), int64(MinI64), BigRune, string(rune(BigRune)))
	fmt.Println(CplxBig, real(CplxBig), imag(CplxBig))
	fmt.Println(Ratio, IntRatio, Mixed, Neg)
	fmt.Println(Huge/Huge, Huge%7, (Huge+1)%Huge)
	fmt.Println(Googol/1e99, Tiny*1e100)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64, float32(Exact), float64(Exact))
	fmt.Println(S, S/3, S*-1, -S)
	const x = 0.1
	var y = 0.1
	fmt.Println(x+0.2 == 0.3, y+0.2 == 0.3)
	const big = 123456789012345678901234567890
	fmt.Println(big/1e20, big%1000, float64(big))
	const shifted = 1 << 63 >> 63
	fmt.Println(shifted, ^0, ^uint8(0), -(-128))
	const e = 1e309 / 1e10
	fmt.Println(e)
	fmt.Printf("%T %T %T %T\n", Huge>>190, Googol, CplxBig, BigRune)
	fmt.Println(len("ab"+"cd"), 07+0x7+0b111)
}
