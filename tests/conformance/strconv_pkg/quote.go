package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "hello", "hi\n\t\"there\"", "héllo wörld", "日本語", "\x00\x01\x7f", "\xff\xfe", "a\u00adb", "\u2028",
		"emoji 😀", "back\\slash", "it's", "`tick`", "\a\b\f\r\v", "\u200b", "\U0010ffff", "a\u3000b", "\ufeff"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	runes := []rune{'a', '\'', '"', '\n', 0, 'é', '日', 0x7f, 0xad, 0x2028, 0x1F600, -1, 0x110000, 0xD800, 0x3000, 0xfeff}
	for _, r := range runes {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	unq := []string{`"hello"`, `"a\nb"`, `"\x41\u00e9\U0001F600\101"`, "`raw\\n`", "`a\rb`", `'a'`, `'\n'`, `'ab'`, `''`, `'\''`, `"\'"`, `'\"'`,
		`"unterminated`, `"bad\q"`, `hello`, `"`, "", `"a"b`, `"\400"`, `"\xZZ"`, `"\uD800"`, `'日'`, `"日本"`, "\"a\nb\"", `"\777"`,
		`'\xff'`, `"\xff"`, "'\xff'", "\"\xff\"", `"\u12"`, "`a`b"}
	for _, s := range unq {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%q) = %q, %v\n", s, u, err)
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("QuotedPrefix(%q) = %q, %v\n", s, p, err)
	}
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(strconv.QuotedPrefix("`abc`def"))
	fmt.Println(strconv.QuotedPrefix(`'a'bc`))

	chars := []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\"x`, '"'}, {`\"x`, '\''}, {`\'x`, '\''}, {`"x`, '"'}, {`"x`, 0}, {`'x`, '\''}, {"é!", '"'}, {`\u00e9z`, '"'},
		{`\x41`, 0}, {`\101`, 0}, {`\8`, 0}, {`\`, 0}, {`\U00110000`, 0}, {`abc`, 0}}
	for _, c := range chars {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("UnquoteChar(%q, %q) = %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
	_, _, _, err := strconv.UnquoteChar("", '"')
	fmt.Println(err, err == strconv.ErrSyntax)
	_, err = strconv.Unquote("x")
	fmt.Println(err == strconv.ErrSyntax)
}
