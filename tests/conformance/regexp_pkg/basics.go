package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>[^;]*)`)
	fmt.Println(re.String(), re.NumSubexp(), len(re.SubexpNames()))
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("val"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	s := "a=1;bb=two;c=;=x;d=4"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 2))
	fmt.Printf("%q\n", re.FindAllString(s, 0))
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, 3))
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		fmt.Printf("%s -> %q\n", m[re.SubexpIndex("key")], m[re.SubexpIndex("val")])
	}

	// no match: nil results
	none := regexp.MustCompile(`zzz`)
	fmt.Println(none.FindString(s) == "", none.FindStringIndex(s) == nil, none.FindStringSubmatch(s) == nil,
		none.FindAllString(s, -1) == nil, none.FindAllStringSubmatchIndex(s, -1) == nil)

	// optional groups that do not take part
	opt := regexp.MustCompile(`(a)|(b)(c)?`)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("b"), opt.FindStringSubmatchIndex("xb"))
	fmt.Printf("%q\n", opt.FindAllStringSubmatch("abcab", -1))

	// package-level helpers
	fmt.Println(regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]"))
	fmt.Println(regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "eve[7]x"))
	fmt.Println(regexp.Match(`\d`, []byte("abc1")))
	ok, err := regexp.MatchString(`a(b`, "ab")
	fmt.Println(ok, err)
	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 (or more?) [a-z]{2} ^x|y\z`))
	q := regexp.MustCompile(regexp.QuoteMeta("1+1=2?"))
	fmt.Println(q.MatchString("is 1+1=2?"), q.MatchString("11=2"))

	// flags
	fmt.Println(regexp.MustCompile(`(?i)hello`).FindAllString("Hello HELLO hello hElLo", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)^\w+`).FindAllString("one two\nthree four\nfive", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`^\w+`).FindAllString("one two\nthree four\nfive", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?s)a.b`).FindAllString("a\nb axb", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a.b`).FindAllString("a\nb axb", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?U)a+`).FindString("aaaa"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?U)a+?`).FindString("aaaa"))
	fmt.Printf("%q\n", regexp.MustCompile(`a+?b|a+`).FindAllString("aaab aa", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x(?i:Y)z`).FindAllString("xyz xYz XYZ xYZ", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)k`).FindAllString("k K \u212a s", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`$`).FindAllStringIndex("a\nb\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)$`).FindAllStringIndex("a\nb\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\bis\b`).FindAllStringIndex("this is island is", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\Aab|ab\z`).FindAllStringIndex("abab ab", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\Qa.b*\E+`).FindAllString("a.b*a.b** ab", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[[:alpha:]]+|[[:digit:]]+`).FindAllString("abc123def", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\x41\101\x{42}[\d\s]`).FindAllString("AAB1 AAB AAB ", -1))

	// Longest, Copy, literal prefix, printing
	l := regexp.MustCompile(`a(|b)`)
	c := l.Copy()
	l.Longest()
	fmt.Println(l.FindString("ab"), c.FindString("ab"), l, c)
	for _, p := range []string{`abc`, `abc+`, `(?i)abc`, `^abc$`, `abc|abd`, `x{3}y`, ``} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, complete)
	}
	fmt.Printf("%v %s %q\n", re, re, regexp.MustCompile("a\tb"))
	text, err := re.MarshalText()
	fmt.Println(string(text), err)
	var un regexp.Regexp
	fmt.Println(un.UnmarshalText([]byte(`\d+`)), un.String(), un.MatchString("x42"))
	fmt.Println(un.UnmarshalText([]byte(`\`)))
}
