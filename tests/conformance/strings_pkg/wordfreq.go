package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the FOX runs! Über-fast foxes, naïve dogs... ¿Qué? 日本語 text, too.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%-8s %s\n", k, strings.Repeat("#", freq[k]))
	}
	fmt.Print(sb.String())
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d %q %d\n", i, strings.TrimSpace(l), len(strings.Fields(l)))
	}
	fmt.Println(strings.Title(strings.ToLower("hello, WORLD of gophers")))
	fmt.Println(strings.Join(strings.Fields("  a  b  c "), "_"))
	fmt.Println(strings.EqualFold("Über", "üBER"))
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("Hello, 世界"))
	fmt.Println(strings.Map(unicode.ToUpper, "mixed Case ß"), strings.ToUpper("mixed Case ß"))
}
