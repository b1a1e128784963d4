package main

import "fmt"

func main() {
	var i8 int8 = -128
	var i16 int16 = 32767
	var i32 int32 = -5
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 42
	var up uintptr = 0x1234
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, u, up)
	for _, v := range []any{i8, i16, i32, i64, u8, u16, u32, u64, u, up, 0, 7, -7} {
		fmt.Printf("%v|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b|%T\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|\n", 5, -5, 5, 5, 0, 1)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U|%U\n", 65, 0x4E16, 0x1F600, 'x', 0x263A, 0x1F600, 'x', -1)
	fmt.Printf("%q|%q|%#q\n", '\n', '\'', 'a')
	fmt.Printf("%x|%X|% x|%#x\n", -255, -255, 255, -255)
	fmt.Printf("%6.2x|%-6x|%+x\n", 10, 10, 10)
	fmt.Printf("%c|%c\n", -1, 0x110000)
	fmt.Printf("%v %d\n", 'a', 'a')
	type myint int
	var mi myint = 3
	fmt.Printf("%v %d %T %#v\n", mi, mi, mi, mi)
	fmt.Printf("%#v %#v %#v %#v\n", u8, u64, up, i8)
	fmt.Printf("%08b|%-8b|%+.3o\n", 5, 5, 8)
	fmt.Printf("%s|%t|%e\n", 5, 5, 5)
	fmt.Printf("%*d|%-*d|%.*d\n", 5, 1, 5, 2, 3, 4)
	fmt.Printf("%*d|\n", -5, 1)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d %[1]\n", 1)
}
