package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	cases := []struct{ s, cutset string }{
		{"  hello  ", " "}, {"xxhixx", "x"}, {"¡¡¡Hello, Gophers!!!", "!¡"}, {"", "abc"}, {"abc", ""},
		{"aaaa", "a"}, {"abcba", "ab"}, {"héllo", "hé"}, {"世界世", "世"}, {"\xffabc\xff", "\xff"},
		{"\xffabc\xfe", "\ufffd"}, {"\ufffdabc", "\xfe"}, {"  \t\n x \n", " \t\n"}, {"ééé", "é"}, {"éaé", "\xc3"},
	}
	for _, c := range cases {
		fmt.Printf("%q %q: Trim=%q TrimLeft=%q TrimRight=%q\n", c.s, c.cutset,
			strings.Trim(c.s, c.cutset), strings.TrimLeft(c.s, c.cutset), strings.TrimRight(c.s, c.cutset))
	}
	for _, s := range []string{"", "   ", " \t\n\v\f\r", "  hi  ", "\u00a0hi\u3000", "\u0085x\u2028", " \xff ", "a b", "\u200bzero\u200b", " é ", "\u00a0"} {
		fmt.Printf("TrimSpace(%q) = %q\n", s, strings.TrimSpace(s))
	}
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("12345", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡héllo!!", unicode.IsPunct))
	var order []rune
	strings.TrimFunc("ab c ba", func(r rune) bool { order = append(order, r); return r != ' ' })
	fmt.Println(string(order))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimPrefix("x", "y"))
	fmt.Printf("%q %q %q\n", strings.TrimSuffix("file.go", ".go"), strings.TrimSuffix("file.go", ""), strings.TrimSuffix("go", "file.go"))
	fmt.Printf("%q\n", strings.TrimPrefix("aaa", "a"))
}
