package main

// path.Match and filepath.Match: '*', '?', classes with ranges and negation,
// escapes, and ErrBadPattern for malformed patterns (whatever the name).

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	patterns := []string{"*", "a*", "*.go", "a?c", "?", "[a-c]x", "[^a-c]x", "[!a]", "a\\*b", "\\[",
		"[", "a[", "*x[", "[]a]", "[-]", "a\\", "[a-]", "*/b", "a/*", "ab[c", "[\\]]", "*[", "x*y*z",
		"[α-ω]", "", "[^]", "*a*b*", "a*/b", "[a-c-e]", "[a\\-c]", "*.*", "**", "a/?", "[x", "\\"}
	names := []string{"", "abc", "a/c", "main.go", "bx", "dx", "a*b", "a", "]", "ax/b", "xyz",
		"xaayzz", "β", "x/y/z", "[", "-", "aXbYb", "a.b", "a/b", "a/", "b", "x"}
	for _, p := range patterns {
		var hits []string
		var perr error
		for _, n := range names {
			m, err := path.Match(p, n)
			m2, err2 := filepath.Match(p, n)
			if m != m2 || (err == nil) != (err2 == nil) {
				fmt.Println("path and filepath differ on", p, n)
			}
			if err != nil {
				perr = err
			}
			if m {
				hits = append(hits, n)
			}
		}
		fmt.Printf("%-10q matches %q err=%v\n", p, hits, perr)
	}
	_, err := path.Match("[", "x")
	_, err2 := filepath.Match("[", "x")
	fmt.Println(err == path.ErrBadPattern, err2 == filepath.ErrBadPattern, errors.Is(err, filepath.ErrBadPattern))
}
