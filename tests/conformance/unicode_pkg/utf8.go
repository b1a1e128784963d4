package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	inputs := []string{"", "a", "é", "世", "😀", "\xff", "\xc3", "\xe4\xb8", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\x80",
		"\xf4\x90\x80\x80", "\xe0\x80\x80", "a\xffb", "\xef\xbf\xbd", "héllo, 世界 😀"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q: first=%U/%d last=%U/%d bytes=%U/%d %U/%d count=%d/%d valid=%v/%v full=%v/%v\n", s, r, n, lr, ln, br, bn, blr, bln,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	s := "a\xe4\xb8\x96\xffz\xf0\x9f"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%U/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		fmt.Printf("%d:%U/%d ", end, r, size)
		end -= size
	}
	fmt.Println()
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xfffd} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x append=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	for _, b := range []byte{0x41, 0x80, 0xbf, 0xc0, 0xe4, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
	var nilb []byte
	r, n := utf8.DecodeRune(nilb)
	fmt.Println(r, n, utf8.Valid(nilb), utf8.RuneCount(nilb), utf8.FullRune(nilb))
	ap := utf8.AppendRune(nil, '世')
	fmt.Println(ap, len(ap), cap(ap))
	for _, p := range [][]byte{{0xe4}, {0xe4, 0xb8}, {0xe4, 0x41}, {0xf0, 0x9f, 0x98}, {0xf0, 0x8f}, {0xed, 0xa0}, {0xc3}, {0x80}} {
		fmt.Print(utf8.FullRune(p), " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	small := make([]byte, 1)
	utf8.EncodeRune(small, '世')
}
