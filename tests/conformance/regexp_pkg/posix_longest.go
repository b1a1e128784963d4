package main

import (
	"fmt"
	"regexp"
)

func main() {
	pairs := []struct{ pat, text string }{
		{`a|ab`, "ab"}, {`(a|ab)(c|bcd)`, "abcd"}, {`(a+)(b+)?`, "aaab"}, {`a*?`, "aaa"},
		{`(foo|foobar)`, "foobar"}, {`x*`, "xxx yy"}, {`(a|b)*c`, "ababc"}, {`.*b`, "abab\nb"},
		{`^abc|^ab`, "abc\nab"}, {`[^a]+`, "bc\nd"}, {`(ab|a)(bc|c)?`, "abc"},
	}
	for _, p := range pairs {
		first := regexp.MustCompile(p.pat)
		long := regexp.MustCompilePOSIX(p.pat)
		l2 := regexp.MustCompile(p.pat)
		l2.Longest()
		fmt.Printf("%-16q %-10q first=%q posix=%q longest=%q\n", p.pat, p.text,
			first.FindString(p.text), long.FindString(p.text), l2.FindString(p.text))
		fmt.Println("   ", first.FindAllStringSubmatchIndex(p.text, -1), long.FindAllStringSubmatchIndex(p.text, -1))
	}
	re := regexp.MustCompilePOSIX(`(\w+)`)
	fmt.Println(re)
	re = regexp.MustCompilePOSIX(`[[:upper:]][[:lower:]]+`)
	fmt.Println(re.FindAllString("Hello World ABC Go", -1))
	re = regexp.MustCompilePOSIX(`^b|c$`)
	fmt.Println(re.FindAllStringIndex("ab\nbc\nb", -1))
}
