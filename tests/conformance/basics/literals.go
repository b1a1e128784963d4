package main

import "fmt"

func main() {
	fmt.Println(0X1F, 0B1010, 0O777, 0o_17, 0x_FF_FF, 1_2_3, 0_7)
	fmt.Println(1_000.000_1, 0x1.8p1, 0X.8P0, 0x1p-2, 1e+3, 1E2, .5, 5., 0.)
	fmt.Println(1i, 2.5i, 0x10i, 1e2i, 0o17i, 017i, 0b11i, 1_0i)
	fmt.Println('a', '\'', '"', '\\', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\000', '\377', '\x7f', '\u12e4', '\U00101234')
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"\101\x42\u0043\U00000044")
	fmt.Println(len("\xff\xfe"), len("\u00ff"), len(`\xff`))
	raw := `line1
	"quoted" \n
end`
	fmt.Printf("%q\n", raw)
	fmt.Println("concat" + `raw` + "\u4e16")
	const big = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint64(big), big>>60)
	fmt.Println(1e-320, 5e-324, 1.7976931348623157e308)
	fmt.Println(0.1+0.2 == 0.3, float64(0.1)+0.2 == 0.3)
	x := 0.1
	fmt.Println(x+0.2 == 0.3)
	fmt.Println(07, 0700, 0x0, 00)
	var r rune = '世'
	var b byte = 'A'
	fmt.Println(r, b, r+1, b+1)
	fmt.Printf("%T %T %T %T\n", 'x', 1.0, 1i, "s")
}
