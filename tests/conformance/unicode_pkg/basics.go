package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'ß', 'ǅ', '世', '٣', '²', '!', '€', '\u00a0', '\u2028', -1, 0x10FFFF + 1, 'ﬁ', 'Σ', 'ς', 'K', '\u212a', 0xAD, 0x85} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsPunct(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.Is(unicode.Han, r), unicode.In(r, unicode.Latin, unicode.Greek), unicode.Is(unicode.Cyrillic, r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperCase, unicode.TitleCase, unicode.Version)
	fmt.Println(len(unicode.Letter.R16), len(unicode.Letter.R32), unicode.Letter.LatinOffset, unicode.Letter == unicode.L)
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.To(unicode.UpperCase, 'q'), unicode.To(5, 'q'))
	t := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'f', 1}, {'x', 'z', 2}}}
	fmt.Println(unicode.Is(t, 'c'), unicode.Is(t, 'y'), unicode.Is(t, 'z'), len(unicode.Categories), unicode.Scripts["Han"] == unicode.Han)
}
