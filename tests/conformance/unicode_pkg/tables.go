package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	fmt.Println(len(unicode.Categories), len(unicode.Scripts) > 150, len(unicode.Properties))
	names := []string{}
	for name := range unicode.Categories {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(unicode.Categories["Lu"] == unicode.Upper, unicode.Categories["Nd"] == unicode.Digit, unicode.Scripts["Greek"] == unicode.Greek)
	fmt.Println(unicode.Properties["White_Space"] == unicode.White_Space, unicode.STerm == unicode.Sentence_Terminal)
	fmt.Println(len(unicode.White_Space.R16), len(unicode.White_Space.R32), unicode.White_Space.LatinOffset)
	for _, rg := range unicode.White_Space.R16 {
		fmt.Printf("%#x-%#x/%d ", rg.Lo, rg.Hi, rg.Stride)
	}
	fmt.Println()
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[0] == unicode.L)
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, 'x'), unicode.IsOneOf(nil, 'x'))
	fmt.Println(unicode.In('7', unicode.Letter), unicode.In('7', unicode.Letter, unicode.Digit), unicode.In('7'))

	custom := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'e', Stride: 2}, {Lo: 0x100, Hi: 0x110, Stride: 4}},
		R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1}},
	}
	for _, r := range []rune{'a', 'b', 'c', 'e', 'f', 0x104, 0x105, 0x1F600, 0x1F650, -1} {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println()
	big := &unicode.RangeTable{}
	for i := 0; i < 30; i++ {
		big.R16 = append(big.R16, unicode.Range16{Lo: uint16(0x1000 + i*10), Hi: uint16(0x1000 + i*10 + 3), Stride: 1})
	}
	fmt.Println(unicode.Is(big, 0x1000), unicode.Is(big, 0x1005), unicode.Is(big, 0x1000+29*10+3), unicode.Is(big, 0x2000))
	empty := &unicode.RangeTable{}
	fmt.Println(unicode.Is(empty, 'a'))

	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.TurkishCase.ToTitle('i'),
		unicode.TurkishCase.ToUpper('a'), unicode.AzeriCase.ToLower('İ'))
	fmt.Println(len(unicode.CaseRanges) > 300, unicode.CaseRanges[0].Lo, unicode.CaseRanges[0].Hi, unicode.CaseRanges[0].Delta)
	for _, c := range []int{unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, -1} {
		fmt.Print(unicode.To(c, 'ǆ'), " ")
	}
	fmt.Println()
	fmt.Println(unicode.UpperLower, unicode.MaxCase, unicode.Version != "")
	orbit := []rune{}
	for r := unicode.SimpleFold('k'); r != 'k'; r = unicode.SimpleFold(r) {
		orbit = append(orbit, r)
	}
	fmt.Printf("%U\n", orbit)
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'Σ', 'σ', 'ς', '1', -2, 0x110000, 'ǅ', 'ß', 'ẞ'} {
		fmt.Printf("%U->%U ", r, unicode.SimpleFold(r))
	}
	fmt.Println()
	special := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 5}}}
	fmt.Println(special.ToUpper('b'), special.ToLower('b'), special.ToTitle('b'), special.ToUpper('z'))
}
