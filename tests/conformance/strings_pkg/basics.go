package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("héllo\xff", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u3000c\u2028d "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.ToUpper("héllo ß ǆ"), strings.ToLower("HÉLLO İ"), strings.ToTitle("ǆ"), strings.Title("hello wOrld-foo_bar"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3))
	fmt.Printf("%q %q %q\n", strings.Trim("  xx  ", " "), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("¡¡hola!!", "!¡"))
	fmt.Printf("%q %q\n", strings.TrimSpace(" \t hi there \n"), strings.TrimSpace("\u00a0 hi\u3000"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", utf8RuneError()))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('x')
	sb.WriteRune('世')
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "1", "", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "X", "a", "1").Replace("abc"))
	for l := range strings.Lines("a\nb\nc") {
		fmt.Printf("%q\n", l)
	}
	for p := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(p, " ")
	}
	fmt.Println()
	for p := range strings.FieldsSeq("  x  y z ") {
		fmt.Print(p, "|")
	}
	fmt.Println()
	rd := strings.NewReader("héllo")
	for {
		c, n, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(c, n, " ")
	}
	fmt.Println(strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", ""), strings.HasPrefix("golang", "go"))
}

func utf8RuneError() rune { return '\uFFFD' }
