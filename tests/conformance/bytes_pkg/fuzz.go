package main

import (
	"bytes"
	"fmt"
	"unicode"
)

// Deterministic pseudo-random byte slices (ASCII, multi-byte runes, Unicode
// spaces, invalid UTF-8) through the bytes functions, printing results with
// their nil-ness, lengths and capacities.

var seed uint32 = 777

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

var frags = []string{"a", "b", "A", " ", "\t", ",", "é", "世", "\xff", "\xc3", "😀", "\u00a0", "\u3000", "ß", "K", "\u212a", "ς", "ab", "1"}

func gen(maxLen int) []byte {
	n := rnd(maxLen + 1)
	var s string
	for i := 0; i < n; i++ {
		s += frags[rnd(len(frags))]
	}
	if s == "" && rnd(2) == 0 {
		return nil
	}
	b := make([]byte, len(s), len(s)+rnd(3))
	copy(b, s)
	return b
}

func d(b []byte) string {
	return fmt.Sprintf("%q/%d/%d/%v", b, len(b), cap(b), b == nil)
}

func ds(bs [][]byte) string {
	out := fmt.Sprintf("[%d/%d/%v:", len(bs), cap(bs), bs == nil)
	for _, b := range bs {
		out += " " + d(b)
	}
	return out + "]"
}

func main() {
	for i := 0; i < 120; i++ {
		s := gen(7)
		t := gen(2)
		u := gen(2)
		n := rnd(5) - 2
		fmt.Printf("#%d %s %s %s n=%d\n", i, d(s), d(t), d(u), n)
		fmt.Printf(" idx %d %d %d %d %d %v %v %d\n", bytes.Index(s, t), bytes.LastIndex(s, t), bytes.IndexAny(s, string(t)), bytes.LastIndexAny(s, string(t)),
			bytes.Count(s, t), bytes.Equal(s, t), bytes.EqualFold(s, t), bytes.Compare(s, t))
		fmt.Println(" split", ds(bytes.Split(s, t)), ds(bytes.SplitN(s, t, n)), ds(bytes.SplitAfterN(s, t, n)))
		fmt.Println(" fields", ds(bytes.Fields(s)), ds(bytes.FieldsFunc(s, unicode.IsPunct)))
		fmt.Println(" case", d(bytes.ToUpper(s)), d(bytes.ToLower(s)), d(bytes.Title(s)))
		fmt.Println(" trim", d(bytes.Trim(s, string(t))), d(bytes.TrimLeft(s, string(t))), d(bytes.TrimRight(s, string(t))), d(bytes.TrimSpace(s)))
		fmt.Println(" trimf", d(bytes.TrimFunc(s, unicode.IsLetter)), d(bytes.TrimLeftFunc(s, unicode.IsLetter)), d(bytes.TrimRightFunc(s, unicode.IsLetter)))
		fmt.Println(" fix", d(bytes.TrimPrefix(s, t)), d(bytes.TrimSuffix(s, t)))
		fmt.Println(" repl", d(bytes.Replace(s, t, u, n)), d(bytes.ReplaceAll(s, t, u)), d(bytes.Join([][]byte{s, t}, u)), d(bytes.Repeat(t, 2)))
		b, a, f := bytes.Cut(s, t)
		fmt.Println(" cut", d(b), d(a), f)
		fmt.Println(" misc", d(bytes.Map(unicode.ToUpper, s)), d(bytes.Clone(s)), fmt.Sprintf("%q", bytes.Runes(s)))
	}
}
