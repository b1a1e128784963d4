// Harder contexts and escaping errors: '/' ambiguity, partial escapes, bad attributes, branch and
// range re-entry mismatches, template literals, script and textarea ends, meta refresh URLs.
package main

import (
	"fmt"
	"html/template"
	"strings"
)

func main() {
	cases := []string{
		`<script>var x = a {{if .}}+{{end}} /foo/</script>`,
		`<script>{{if .}}x{{else}}"{{end}} / 2</script>`,
		`<style>p { font-family: "\`,
		`<style>a { b: url({{.}}) }</style>`,
		`<p title="{{.}}" {{.}}>`,
		`<p <>`,
		`<p =x>`,
		`{{define "r"}}{{if .}}<a href="{{template "r" .}}">{{end}}{{end}}{{template "r" .}}`,
		`{{range .}}{{if .}}<p title="{{break}}{{end}}{{end}}`,
		`{{range .}}{{if .}}<p title="{{continue}}{{end}}{{end}}`,
		"<script>var s = `${ {{.}} }` + `x${`y`}`</script>",
		"<script>var s = `{{.}}`</script>",
		`<script>var x = {{.}}</script><script>var y = {{.}}</script>`,
		`<a onclick="alert({{.}})" href="javascript:{{.}}">`,
		`<script>/[{{.}}]/.test(x)</script>`,
		`<script>x = 1 // {{.}}
y</script>`,
		`<script><!-- {{.}} --></script>`,
		`<script>if (a</script><p>{{.}}</p>`,
		`<SCRIPT>var x = {{.}};</SCRIPT>`,
		`<script>var x = "</script>{{.}}`,
		`<textarea>{{.}}</TEXTAREA>{{.}}`,
		`<a href="?{{.}}">`, `<a href="#{{.}}">`, `<a href="x{{.}}">`, `<a href=" {{.}}">`,
		`<p style="background: url('{{.}}')">`, `<p style="x: '{{.}}'">`,
		`<iframe srcdoc="{{.}}">`,
		`<input checked {{.}}>`,
		`<p title= "{{.}}">`,
		`<p title =  {{.}} >`,
		`<p title={{.}}{{.}}>`,
		`{{.}}<!--x-->{{.}}<!-- unclosed`,
		`<p>a {{/* c */}} b</p>`,
		`{{$x := .}}<p title="{{$x}}">`,
		`<img src="{{.}}" srcset="{{.}} 2x">`,
		`<object data="{{.}}"><embed src="{{.}}"><form action="{{.}}">`,
		`<p onmouseover={{.}}>`,
		`<meta http-equiv="refresh" content="5;URL={{.}}">`,
	}
	for _, c := range cases {
		t, err := template.New("t").Parse(c)
		if err != nil {
			fmt.Printf("%q: PARSE %v\n", c, err)
			continue
		}
		var sb strings.Builder
		err = t.Execute(&sb, `javascript:a"b'c<d>e&f g/h`)
		fmt.Printf("%q\n  => %q", c, sb.String())
		if err != nil {
			fmt.Printf(" ERR %v", err)
		}
		fmt.Println()
	}
}
