package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	words := []string{"hello", "HÉLLO wörld", "ß straße", "ǅemal ǈ ǋ", "ﬁ ﬀ", "İstanbul ı", "Σίσυφος ς",
		"a\xffb\xc3(", "ÿ Ÿ", "ꞵ Ꞵ ɐ", "ǰ ẖ", "\u0345", "ǲ", "ⓐⓑ ⒶⒷ", "𐐨𐐀 𞤢𞤀", "ı i", "ǈ"}
	for _, w := range words {
		fmt.Printf("%q: upper=%q lower=%q title=%q Title=%q\n", w, strings.ToUpper(w), strings.ToLower(w), strings.ToTitle(w), strings.Title(w))
	}
	fmt.Println(strings.Title("hello wOrld-foo_bar baz.qux 3rd x'y"))
	fmt.Println(strings.Title("ünicode über\u00a0äpfel"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0) == "", strings.Repeat("-", 20))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink", "", "-", -1), strings.Replace("oink", "", "-", 2), strings.Replace("héé", "", "|", -1))
	fmt.Println(strings.Replace("aaa", "a", "a", -1), strings.Replace("aaa", "a", "b", 0), strings.ReplaceAll("banana", "an", "AN"))
	fmt.Printf("%q\n", strings.Replace("a\xffb", "", ".", -1))
	fmt.Println(strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "'Twas brillig and the slithy gopher..."))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\n世 界 "))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "ok\xffbad\xc3"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0x110000 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "a"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"), strings.Join([]string{"", ""}, "+"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xc3\xa9c\xed\xa0\x80d\xf0\x9f\x98", "\ufffd"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb", ""))
	fmt.Printf("%q\n", strings.ToValidUTF8("valid ✓", "?"))
	fmt.Printf("%q %q %q\n", strings.ToUpper(""), strings.ToLower("ABC123"), strings.ToUpper("ǅ"))
}
