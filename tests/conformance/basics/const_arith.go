package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Ratio = Huge / Big / Big
	F     = 1.0 / 3
	I     = 7 / 2
	FI    = 7 / 2.0
	Mix   = 'a' + 1
	Str   = "go" + "lang"
	BigF  = 1e300 * 1e10 / 1e20
	Prec  = (1<<64 - 1) % 1000
	Neg   = -7 / 2
	NegM  = -7 % 2
	Cplx  = 2i * 2i
)

type Weekday int

const (
	Sun Weekday = iota
	Mon
	Tue
)

func main() {
	fmt.Println(Small, Ratio, F, I, FI, Mix, Str, BigF, Prec, Neg, NegM, Cplx)
	fmt.Println(Big / (1 << 90))
	fmt.Println(float64(Big))
	var f32 float32 = F
	fmt.Println(f32, F*3 == 1, f32*3)
	fmt.Printf("%T %T %T %T %T\n", Mix, I, FI, Str, Cplx)
	fmt.Println(Tue, Mon+Tue, Sun-1)
	const x = 10
	var b byte = x * 25
	fmt.Println(b)
	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, uint64(maxU64/3))
	const mi = -1 << 63
	var i64 int64 = mi
	fmt.Println(i64)
	fmt.Println(1<<10, 1<<62, uint64(1<<63))
	const e = 2.718281828459045235360287471352662497757
	fmt.Println(e, e*e)
	const third = 1.0 / 3.0
	fmt.Println(third+third+third == 1.0)
	fmt.Println(5.0/2, 5/2, 5%3, -5%3, 5 % -3)
	const r = 'x' - 'a'
	fmt.Println(r, string(rune('a'+r)))
	const h = 0x7fffffffffffffff
	fmt.Println(h, h+1-1)
	fmt.Println(len(Str), len("héllo"), len([3]int{}))
	const tru = 1 < 2
	fmt.Println(tru, !tru && true)
	var fl = 1e2
	fmt.Printf("%T %v\n", fl, fl)
	var cx = 1 + 2i
	fmt.Printf("%T %v\n", cx, cx*cx)
	fmt.Println(0x10, 0o17, 017, 0b101, 1_000_000, 0x1p4, 1e-3)
	fmt.Println('\n', '\x41', '\u00e9', '\U0001F600', "\t|")
}
