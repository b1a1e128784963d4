// text/tabwriter: Escape-bracketed text, HTML filtering, and text split
// across Write calls (inside UTF-8 sequences and escapes).
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

func run(name string, flags uint, parts ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, '.', flags)
	for _, p := range parts {
		n, err := w.Write([]byte(p))
		if n != len(p) || err != nil {
			fmt.Println("write:", n, err)
		}
	}
	w.Flush()
	fmt.Printf("%-12s %q\n", name, sb.String())
}

func main() {
	esc := string([]byte{tabwriter.Escape})
	text := "a" + esc + "\tb\n" + esc + "\tc\nlong\td\n"
	run("escape", 0, text)
	run("strip", tabwriter.StripEscape, text)
	run("open escape", 0, "x\t"+esc+"abc\tdef\n")
	run("open strip", tabwriter.StripEscape, "x\ty"+esc+"abc\tdef\n")
	run("lone esc", 0, "a\t"+esc)
	run("lone esc2", 0, esc+"\tb\n12345\tc\n")
	html := "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n<i\tunclosed\n"
	run("html", tabwriter.FilterHTML, html)
	run("no html", 0, html)
	run("html strip", tabwriter.FilterHTML|tabwriter.StripEscape, "<a href=\"x\">link</a>\t"+esc+"<b>"+esc+"\t.\nab\tcd\t.\n")
	run("split", 0, "héllo\twö", "rld\tx\n日", "\xe6", "\x9c\xac\tb\n", "a\tb\t", "c\n")
	run("split esc", 0, "a"+esc+"\t", "\n"+esc+"b\tc\n", "dddd\te\n")
	run("split html", tabwriter.FilterHTML, "<spa", "n>x</span>\ty\n&am", "p;\tz\n")
	run("invalid", 0, "\xff\xfe\ta\n\x80\x80\x80\tb\n")
	run("debug esc", tabwriter.Debug, "a"+esc+"|"+esc+"\tb\n")
}
