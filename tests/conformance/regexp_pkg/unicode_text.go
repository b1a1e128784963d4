package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "Ünïcödé: 日本語 Ελληνικά русский ٣٤٥ 123 🎉 naïve café"
	for _, p := range []string{`\p{L}+`, `\p{Han}+`, `\p{Greek}+`, `\p{Cyrillic}+`, `\pN+`, `\p{Nd}+`,
		`[^\x00-\x7f]+`, `\w+`, `[\p{Lu}]`, `\P{L}+`, `(?i)ÉLAN|CAFÉ|NAÏVE`, `\p{So}`, `.`, `\p{Latin}+`,
		`\p{ASCII}+`, `\p{Any}{2}`, `\p{Lu}\p{Ll}`, `(?i)\p{Lu}{3}`, `(?i)[^\p{Ll}\s]+`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-22q %q\n", p, re.FindAllString(text, 6))
		fmt.Println("   ", re.FindAllStringIndex(text, 3))
	}
	// byte offsets into text with invalid UTF-8
	bad := "ab\xffcd\xe2\x82é\xf0"
	for _, p := range []string{`.`, `\x{FFFD}`, `[^a-z]`, `c.`, `\PL`, `(?s).{2}`, `\xff`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-12q %v %q\n", p, re.FindAllStringIndex(bad, -1), re.ReplaceAllString(bad, "#"))
	}
	// case folding across scripts
	re := regexp.MustCompile(`(?i)σ+`)
	fmt.Printf("%q\n", re.FindAllString("ΣσςΣ sigma", -1))
	re = regexp.MustCompile(`(?i)straße`)
	fmt.Println(re.MatchString("STRASSE"), re.MatchString("STRAßE"), re.MatchString("straẞe"))
	re = regexp.MustCompile(`(?i)[k]`)
	fmt.Printf("%q\n", re.FindAllString("kK\u212a", -1))
	fmt.Println(regexp.MustCompile(`^.$`).MatchString("é"), regexp.MustCompile(`^..$`).MatchString("é"), regexp.MustCompile(`^.$`).MatchString("\xff"))
	fmt.Println(regexp.MustCompile(`\B`).FindAllStringIndex("éa é", -1))
}
