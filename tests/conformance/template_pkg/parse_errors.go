// Parse errors: every kind text/template's lexer and parser report, with Go's texts and lines.
package main

import (
	"fmt"
	"text/template"
)

func main() {
	cases := []string{
		"{{.Foo}",
		"{{foo}}",
		"{{.X}}}",
		"{{if}}{{end}}",
		"{{if .X}}",
		"{{if .X}}{{else}}{{else}}{{end}}",
		"{{end}}",
		"{{else}}",
		"{{range}}{{end}}",
		"{{with $x := 3}}{{$x}}{{end}}{{$x}}",
		"{{$x}}",
		"{{$x := 1}}{{$x = 2}}{{$y = 3}}",
		"{{.X | 3}}",
		"{{3 | .X}}",
		"{{\"abc}}",
		"{{`abc}}",
		"{{'a}}",
		"{{'ab'}}",
		"{{1.2.3}}",
		"{{0x}}",
		"{{1e}}",
		"{{99999999999999999999}}",
		"{{18446744073709551616}}",
		"{{3abc}}",
		"{{(1}}",
		"{{1)}}",
		"{{.X (}}",
		"{{/* unclosed",
		"{{/* c */ .X}}",
		"{{.X\n\n",
		"line1\n{{if .X}}\nline3\n",
		"{{template}}",
		"{{template .X}}",
		"{{template \"x\" 1 2}}",
		"{{define \"a\"}}{{end}}{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}",
		"{{define a}}{{end}}",
		"{{define \"a\"}}",
		"{{block \"b\"}}{{end}}",
		"{{break}}",
		"{{continue}}",
		"{{range .}}{{break 1}}{{end}}",
		"{{range $i, $j, $k := .}}{{end}}",
		"{{range $i, 3 := .}}{{end}}",
		"{{with $i, $j := .}}{{end}}",
		"{{.X.}}",
		"{{nil.X}}",
		"{{\"s\".X}}",
		"{{.X:=3}}",
		"{{$x:3}}",
		"{{#}}",
		"{{\x01}}",
		"{{é}}",
		"{{.Fé}}",
		"{{$}}",
		"{{.X |}}",
		"{{| .X}}",
		"{{.X ,}}",
		"{{else if .X}}",
		"{{if .X}}a{{else if}}b{{end}}",
		"{{if .X}}a{{else with .Y}}b{{end}}",
		"{{with .X}}a{{else if .Y}}b{{end}}",
		"{{range .X}}a{{else if .Y}}b{{end}}",
		"{{-3}}",
		"{{- 3}}",
		"{{3 -}}",
		"{{3-}}",
		"{{.X 1 2 | printf}}",
		"{{()}}",
		"{{( )}}",
		"{{printf \"%d\" (1}}",
		"{{.X}}\n\n{{.Y\n}}{{if}}",
		"{{\"\\z\"}}",
		"{{'\\z'}}",
		"{{1i}}{{1+2i}}{{0x1p4}}{{1_000}}{{0b101}}{{0o17}}{{'\\n'}}",
		"{{1_}}",
		"{{+}}",
		"{{.}}{{.X.Y.Z}}{{$.X}}{{(.X).Y}}{{(1).X}}",
	}
	for _, c := range cases {
		t, err := template.New("t").Parse(c)
		if err != nil {
			fmt.Printf("%q: %v\n", c, err)
			continue
		}
		fmt.Printf("%q: ok %s\n", c, t.DefinedTemplates())
	}
}
