package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q len=%d nil=%v\n", name, b, len(b), b == nil)
}

func shows(name string, bs [][]byte) {
	fmt.Printf("%s: %q n=%d nil=%v\n", name, bs, len(bs), bs == nil)
}

func main() {
	s := []byte("chicken kitchen 世界 \xff end")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.LastIndex(s, []byte("ken")), bytes.Contains(s, []byte("界")), bytes.Contains(s, nil))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexByte(nil, 'a'), bytes.IndexRune(s, '界'), bytes.IndexRune(s, 0xFFFD))
	fmt.Println(bytes.IndexAny(s, "xyz界"), bytes.LastIndexAny(s, "ck"), bytes.ContainsAny(s, ""), bytes.ContainsRune(s, 'z'))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsLetter), bytes.ContainsFunc(s, unicode.IsDigit))
	fmt.Println(bytes.Count(s, []byte("en")), bytes.Count([]byte("héllo"), nil), bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("end")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("a")), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte{}, nil))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRAßE")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	shows("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	shows("Split nil", bytes.Split(nil, []byte(",")))
	shows("Split empty sep", bytes.Split([]byte("héllo\xff"), nil))
	shows("SplitN 0", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	shows("SplitN 2", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	shows("SplitAfter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	shows("SplitAfterN", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	shows("Fields", bytes.Fields([]byte("  foo bar  baz   ")))
	shows("Fields empty", bytes.Fields(nil))
	shows("Fields unicode", bytes.Fields([]byte("a\u00a0b\u3000 c")))
	shows("FieldsFunc", bytes.FieldsFunc([]byte("a1b2c33d"), unicode.IsDigit))
	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("Join none", bytes.Join(nil, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat 0", bytes.Repeat([]byte("ab"), 0))
	show("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("Replace none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("Replace nil", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	show("Replace empty old", bytes.Replace([]byte("héllo"), nil, []byte("|"), -1))
	show("ReplaceAll", bytes.ReplaceAll([]byte("banana"), []byte("a"), []byte("o")))
	show("ToUpper", bytes.ToUpper([]byte("héllo wörld ß")))
	show("ToUpper ascii", bytes.ToUpper([]byte("abc")))
	show("ToUpper nil", bytes.ToUpper(nil))
	show("ToLower", bytes.ToLower([]byte("HÉLLO")))
	show("ToTitle", bytes.ToTitle([]byte("ǆx")))
	show("Title", bytes.Title([]byte("hello wide world")))
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana\xff")))
	fmt.Printf("%q\n", bytes.Runes([]byte("añ\xff")))
	show("ToValidUTF8", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
	show("Clone", bytes.Clone([]byte("xy")))
	show("Clone nil", bytes.Clone(nil))
	show("Clone empty", bytes.Clone([]byte{}))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	a, ok := bytes.CutPrefix([]byte("prefix-x"), []byte("prefix-"))
	fmt.Printf("%q %v\n", a, ok)
	a, ok = bytes.CutSuffix([]byte("x.go"), []byte(".go"))
	fmt.Printf("%q %v\n", a, ok)
	for l := range bytes.Lines([]byte("a\nbb\nccc")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s ", p)
	}
	fmt.Println()
	for p := range bytes.FieldsSeq([]byte(" x  y ")) {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
}
