package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, xs []string) {
	fmt.Printf("%s: %d %q nil=%v\n", name, len(xs), xs, xs == nil)
}

func main() {
	inputs := []string{"", ",", "a", "a,b", ",a,,b,", "a,b,c,d,e", "héllo,wörld", "x\xffy,z"}
	for _, s := range inputs {
		show("Split", strings.Split(s, ","))
		show("SplitAfter", strings.SplitAfter(s, ","))
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			show(fmt.Sprint("SplitN ", n), strings.SplitN(s, ",", n))
			show(fmt.Sprint("SplitAfterN ", n), strings.SplitAfterN(s, ",", n))
		}
	}
	for _, s := range []string{"", "abc", "héllo", "a\xffb\xc3", "世界"} {
		show("Split empty sep", strings.Split(s, ""))
		show("SplitN empty sep 2", strings.SplitN(s, "", 2))
		show("SplitAfter empty sep", strings.SplitAfter(s, ""))
	}
	show("multi-byte sep", strings.Split("a::b::::c", "::"))
	show("sep longer", strings.Split("ab", "abc"))
	show("Fields empty", strings.Fields(""))
	show("Fields spaces", strings.Fields(" \t\n\v\f\r "))
	show("Fields", strings.Fields("  the quick\tbrown\n\nfox  "))
	show("Fields unicode", strings.Fields("a\u0085b\u00a0c\u1680d\u2000e\u200af\u2028g\u2029h\u202fi\u205fj\u3000k"))
	show("Fields no-break", strings.Fields("x\u200by\ufeffz"))
	show("Fields invalid", strings.Fields("a\xff b\xa0 c"))
	show("FieldsFunc", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))
	show("FieldsFunc all", strings.FieldsFunc("aaa", func(r rune) bool { return r == 'a' }))
	calls := 0
	strings.FieldsFunc("héllo wörld", func(r rune) bool { calls++; return r == ' ' })
	fmt.Println("calls", calls)
	fmt.Println(cap(strings.SplitN("a,b", ",", 10)), cap(strings.Split("a,b,c", ",")))
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitSeq("héllo", "") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.FieldsSeq("  one two\u3000three  ") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("[%s]", part)
		if part == "b" {
			break
		}
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\r\n\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for line := range strings.Lines("") {
		fmt.Printf("never %q", line)
	}
	seq := strings.Lines("x\ny\n")
	n := 0
	for range seq {
		n++
	}
	for range seq {
		n++
	}
	fmt.Println("lines counted", n)
}
