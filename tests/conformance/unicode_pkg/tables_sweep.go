package main

import (
	"fmt"
	"unicode"
)

// Sweeps code points through every predicate and case mapping, printing a
// count and checksum per function: any table difference from Go shows up.
func main() {
	type pred struct {
		name string
		f    func(rune) bool
	}
	preds := []pred{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsControl", unicode.IsControl},
		{"IsGraphic", unicode.IsGraphic}, {"IsPrint", unicode.IsPrint}, {"IsSymbol", unicode.IsSymbol},
		{"IsMark", unicode.IsMark},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Latin", func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
		{"Greek", func(r rune) bool { return unicode.Is(unicode.Greek, r) }},
		{"Cyrillic", func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }},
		{"Arabic", func(r rune) bool { return unicode.Is(unicode.Arabic, r) }},
		{"Hiragana", func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }},
		{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
		{"Zs", func(r rune) bool { return unicode.In(r, unicode.Zs) }},
		{"Sc|Sm", func(r rune) bool { return unicode.In(r, unicode.Sc, unicode.Sm) }},
	}
	var runes []rune
	for r := rune(0); r < 0x600; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x600); r <= unicode.MaxRune+2; r += 61 {
		runes = append(runes, r)
	}
	runes = append(runes, -1, -100)
	for _, p := range preds {
		n, sum := 0, 0
		for _, r := range runes {
			if p.f(r) {
				n++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		fmt.Println(p.name, n, sum)
	}
	type mapping struct {
		name string
		f    func(rune) rune
	}
	maps := []mapping{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold}}
	for _, m := range maps {
		n, sum := 0, 0
		for _, r := range runes {
			if x := m.f(r); x != r {
				n++
				sum = (sum*31 + int(x)) % 1000000007
			}
		}
		fmt.Println(m.name, n, sum)
	}
}
