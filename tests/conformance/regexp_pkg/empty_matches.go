package main

import (
	"fmt"
	"regexp"
)

func main() {
	pats := []string{`a*`, `a*?`, `b*`, `x*`, `|a`, `a|`, `\b`, `\B`, `^`, `$`, `(?m)^`, `(?m)$`, ``, `a?`, `(a|b)*`, `[^a]*`}
	texts := []string{"", "a", "baaab", "abc", "aa bb", "éaé", "a\xffb\xfe", "日本a"}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		for _, t := range texts {
			fmt.Printf("%-7q %-16q all=%v\n", p, t, re.FindAllStringIndex(t, -1))
			fmt.Printf("        repl=%q split=%q split2=%q\n", re.ReplaceAllString(t, "<$0>"), re.Split(t, -1), re.Split(t, 2))
		}
	}
	// FindAll with a limit counts accepted matches only
	re := regexp.MustCompile(`a*`)
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		fmt.Println(n, re.FindAllStringIndex("baaacaa", n))
	}
	// Split corner cases
	sp := regexp.MustCompile(`,`)
	fmt.Printf("%q %q %q %q %q\n", sp.Split("", -1), sp.Split(",", -1), sp.Split("a,", -1), sp.Split(",a", -1), sp.Split("a,b,c", 0))
	fmt.Printf("%q %q\n", regexp.MustCompile(``).Split("", -1), regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("banana", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split("  leading and trailing  ", -1))
	parts := regexp.MustCompile(`x`).Split("axbxc", -1)
	fmt.Println(len(parts), cap(parts))
}
