package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken kitchen 世界 \xff end"
	subs := []string{"", "k", "ken", "chicken", "世", "界 ", "\xff", "zzz", "end", s, s + "x"}
	for _, sub := range subs {
		fmt.Printf("%q: Index=%d LastIndex=%d Contains=%v Count=%d HasPrefix=%v HasSuffix=%v\n",
			sub, strings.Index(s, sub), strings.LastIndex(s, sub), strings.Contains(s, sub),
			strings.Count(s, sub), strings.HasPrefix(s, sub), strings.HasSuffix(s, sub))
	}
	for _, chars := range []string{"", "k", "xyz", "ne", "界k", "\xff", "\ufffd", "\xfe", "世\xfe"} {
		fmt.Printf("%q: IndexAny=%d LastIndexAny=%d ContainsAny=%v\n", chars,
			strings.IndexAny(s, chars), strings.LastIndexAny(s, chars), strings.ContainsAny(s, chars))
	}
	fmt.Println(strings.IndexAny("\xff", "\xfe"), strings.LastIndexAny("a\xff", "\ufffd"), strings.IndexAny("x", "\ufffd"))
	for _, r := range []rune{'c', 'k', '世', '界', 0xFFFD, -1, 0x110000, 0xD800, 'z'} {
		fmt.Printf("%d: IndexRune=%d ContainsRune=%v\n", r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
	}
	fmt.Println(strings.IndexRune("abc\uFFFD", 0xFFFD), strings.IndexRune("abc", 0xFFFD))
	for _, c := range []byte{'c', 'n', 0xff, 'Q'} {
		fmt.Println(c, strings.IndexByte(s, c), strings.LastIndexByte(s, c))
	}
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace),
		strings.IndexFunc(s, func(r rune) bool { return r > 127 }), strings.LastIndexFunc(s, func(r rune) bool { return r > 127 }),
		strings.IndexFunc("abc", unicode.IsDigit), strings.LastIndexFunc("", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.ContainsFunc("", unicode.IsDigit))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("ümlaut", ""),
		strings.Count("aaaa", "aa"), strings.Count("", ""), strings.Count("a\xffb", ""))
	for _, sep := range []string{"=", "==", "", "x"} {
		b, a, f := strings.Cut("k=v==w", sep)
		fmt.Printf("Cut %q: %q %q %v\n", sep, b, a, f)
		b, a, f = strings.CutLast("k=v==w", sep)
		fmt.Printf("CutLast %q: %q %q %v\n", sep, b, a, f)
	}
	after, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(after, ok)
	after, ok = strings.CutPrefix("prefix-body", "body")
	fmt.Println(after, ok)
	before, ok := strings.CutSuffix("body.go", ".go")
	fmt.Println(before, ok)
	before, ok = strings.CutSuffix("body.go", ".rs")
	fmt.Println(before, ok)
	pairs := [][2]string{{"Go", "GO"}, {"go", "gopher"}, {"Straße", "STRASSE"}, {"σ", "Σ"}, {"ς", "Σ"},
		{"k", "\u212a"}, {"ǅ", "ǆ"}, {"\xff", "\xfe"}, {"\ufffd", "\xff"}, {"", ""}, {"İ", "i"}, {"ÀÉÎ", "àéî"}, {"a", "A\u0301"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "a"))
	fmt.Println(strings.Clone("hello"), strings.Clone("") == "")
}
