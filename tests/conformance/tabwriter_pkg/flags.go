// text/tabwriter: every flag, padding characters, minwidth, tabwidth.
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

const table = "x\ty\tz\n" +
	"long cell\t\tshort\n" +
	"\t\tindented\n" +
	"\t\v\v\n" +
	"a\v\vb\n" +
	"last\tline"

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	fmt.Printf("== %s\n", name)
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	if err := w.Flush(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%q\n", sb.String())
	fmt.Println(strings.ReplaceAll(sb.String(), "\t", "→"))
}

func main() {
	show("plain", 0, 8, 1, ' ', 0, table)
	show("dots", 4, 8, 2, '.', 0, table)
	show("tabs", 0, 8, 1, '\t', 0, table)
	show("tabs width 4", 0, 4, 0, '\t', 0, table)
	show("tabs width 0", 0, 0, 1, '\t', 0, table)
	show("right", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	show("right tabs", 0, 8, 1, '\t', tabwriter.AlignRight, table)
	show("debug", 0, 8, 1, ' ', tabwriter.Debug, table)
	show("discard", 0, 8, 1, ' ', tabwriter.DiscardEmptyColumns, table)
	show("discard debug", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns|tabwriter.Debug, table)
	show("tabindent", 0, 8, 1, ' ', tabwriter.TabIndent, table)
	show("tabindent 0", 0, 0, 1, ' ', tabwriter.TabIndent, table)
	show("all", 3, 4, 1, '*', tabwriter.AlignRight|tabwriter.Debug|tabwriter.DiscardEmptyColumns|tabwriter.TabIndent, table)
	show("minwidth", 10, 8, 0, '-', 0, "a\tb\tc\nlonger than ten\tx\t\n")
	show("formfeed", 0, 8, 1, '.', 0, "a\tbb\n\fccc\td\neeeee\tf\n")
	show("formfeed debug", 0, 8, 1, '.', tabwriter.Debug, "a\tbb\fccc\td\n\f\feeeee\tf\n")
	show("vtab", 0, 8, 1, '.', 0, "a\vb\vc\nddd\veee\vf\n")
	show("empty", 0, 8, 1, '.', 0, "")
	show("newlines", 0, 8, 1, '.', 0, "\n\n\t\n")
	show("cr", 0, 8, 1, '.', 0, "a\r\tb\nc\td\r\n")
}
