package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Deterministic pseudo-random strings mixing ASCII, multi-byte runes, Unicode
// spaces, case-folding specials and invalid UTF-8, through every function.

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

var frags = []string{"a", "b", "A", " ", "\t", "\n", ",", "é", "É", "世", "\xff", "\xc3", "\xe4\xb8", "😀",
	"\u00a0", "\u3000", "ß", "K", "k", "\u212a", "Σ", "σ", "ς", "\ufffd", "\xed\xa0\x80", "ǅ", "ab", "1", "_", "-"}

func gen(maxLen int) string {
	n := rnd(maxLen + 1)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(frags[rnd(len(frags))])
	}
	return sb.String()
}

func main() {
	for i := 0; i < 150; i++ {
		s := gen(8)
		t := gen(2)
		u := gen(2)
		n := rnd(5) - 2
		fmt.Printf("#%d s=%q t=%q u=%q n=%d\n", i, s, t, u, n)
		fmt.Printf(" idx %d %d %d %d %d %d %v %v\n", strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
			strings.Count(s, t), strings.IndexRune(s, []rune(t + "x")[0]), strings.ContainsAny(s, t), strings.EqualFold(s, t))
		fmt.Printf(" split %q %q %q %q\n", strings.Split(s, t), strings.SplitN(s, t, n), strings.SplitAfter(s, t), strings.SplitAfterN(s, t, n))
		fmt.Printf(" fields %q %q\n", strings.Fields(s), strings.FieldsFunc(s, unicode.IsPunct))
		fmt.Printf(" case %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf(" trim %q %q %q %q\n", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimSpace(s))
		fmt.Printf(" trimf %q %q %q\n", strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsUpper))
		fmt.Printf(" repl %q %q %q\n", strings.Replace(s, t, u, n), strings.ReplaceAll(s, t, u), strings.NewReplacer(t, u, u, t).Replace(s))
		fmt.Printf(" misc %q %q %d %d\n", strings.ToValidUTF8(s, u), strings.Map(unicode.SimpleFold, s), strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLower))
		b, a, f := strings.Cut(s, t)
		fmt.Printf(" cut %q %q %v\n", b, a, f)
		var parts []string
		for p := range strings.SplitSeq(s, t) {
			parts = append(parts, p)
		}
		for p := range strings.FieldsSeq(s) {
			parts = append(parts, p)
		}
		for p := range strings.Lines(s) {
			parts = append(parts, p)
		}
		fmt.Printf(" seq %q\n", parts)
	}
}
