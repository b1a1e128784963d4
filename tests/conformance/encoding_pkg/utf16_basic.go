package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	s := "Go 😀 語 \U0010FFFF"
	u := utf16.Encode([]rune(s))
	fmt.Println(u, len(u))
	fmt.Println(string(utf16.Decode(u)))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd83d, 0x41, 0xde00, 0xd83d, 0xde00, 0xdbff})))
	d := utf16.Decode(u)
	fmt.Println(len(d), cap(d))
	long := make([]uint16, 70)
	for i := range long {
		long[i] = uint16('a' + i%26)
	}
	d = utf16.Decode(long)
	fmt.Println(len(d), cap(d), utf16.Decode(nil) == nil, len(utf16.Encode(nil)))

	for _, r := range []rune{'a', 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x len=%d surr=%v pair=%#x,%#x back=%#x\n", r, utf16.RuneLen(r), utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%#x %#x\n", utf16.DecodeRune(0xdc00, 0xd800), utf16.DecodeRune('a', 'b'))
	var a []uint16
	for _, r := range []rune{'x', 0x1f600, 0xd800, -5, 0x110000} {
		a = utf16.AppendRune(a, r)
	}
	fmt.Println(a, len(a))
	fmt.Println(utf16.Encode([]rune{0xd800, 0x110000, -1, 'z'}))
}
