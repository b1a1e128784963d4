// Escaping in every context html/template knows: text, attributes (quoted and not), URLs and their
// parts, srcset, JavaScript values/strings/regexps/template literals, CSS, RCDATA, comments; trusted
// content types; predefined escapers; and the escaping errors with their codes.
package main

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
)

type Stringer struct{ s string }

func (s Stringer) String() string { return "str:" + s.s }

type JM struct{ V int }

func (j JM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"custom":%d}`, j.V)), nil }

type BadJM struct{}

func (BadJM) MarshalJSON() ([]byte, error) { return nil, errors.New("no </script> for you */") }

type D struct {
	S     string
	N     int
	F     float64
	B     bool
	Nil   any
	P     *int
	Sl    []string
	M     map[string]int
	St    Stringer
	Jm    JM
	Bad   BadJM
	H     template.HTML
	HA    template.HTMLAttr
	J     template.JS
	JSt   template.JSStr
	U     template.URL
	C     template.CSS
	SS    template.Srcset
	Empty string
}

func main() {
	seven := 7
	d := D{S: `a<b>"c'&d e/f`, N: 42, F: 1.5, B: true, P: &seven, Sl: []string{"x", "y"}, M: map[string]int{"k": 1},
		St: Stringer{"s"}, Jm: JM{3}, H: `<i>it</i>&amp;`, HA: `title="t"`, J: `alert(1)`, JSt: `it\'s`,
		U: `javascript:void(0)`, C: `color: red`, SS: `a.png 1x, b.png 2x`}
	cases := []string{
		`{{.S}}`,
		`<p title="{{.S}}">`, `<p title='{{.S}}'>`, `<p title={{.S}}>`, `<p title={{.Empty}}>`,
		`<p {{.HA}}>`, `<p {{.S}}>`, `<p {{"onclick"}}="x">`, `<p {{"id"}}="x">`,
		`<a href="{{.S}}">`, `<a href="http://x/{{.S}}">`, `<a href="/p?q={{.S}}">`, `<a href="/p#{{.S}}">`,
		`<a href="{{.U}}">`, `<a href="{{"javascript:x"}}">`, `<a href="{{"HTTPS://ok"}}">`, `<a href="{{"mailto:a@b"}}">`,
		`<a href="{{"/rel/path?x=1&y=%zz"}}">`, `<a href=/p?q={{.S}}>`, `<a href="{{.N}}">`,
		`<img srcset="{{.S}}">`, `<img srcset="{{.SS}}">`, `<img srcset="{{"a.png 1x, javascript:x 2x"}}">`,
		`<script>var x = {{.S}};</script>`, `<script>var x = {{.N}} / {{.F}};</script>`,
		`<script>var x = {{.B}}, y = {{.Nil}}, z = {{.P}};</script>`,
		`<script>var x = {{.Sl}}, y = {{.M}};</script>`, `<script>var x = {{.St}};</script>`,
		`<script>var x = {{.Jm}};</script>`, `<script>var x = {{.Bad}};</script>`,
		`<script>var x = {{.J}}, y = {{.JSt}};</script>`, `<script>var x = "{{.S}}", y = '{{.S}}';</script>`,
		`<script>var x = "{{.JSt}}";</script>`, "<script>var x = `a ${ {{.N}} } {{.S}}`;</script>",
		`<script>var re = /{{.S}}/;</script>`, `<script>var re = /{{.Empty}}/;</script>`,
		`<script>// {{.S}}
var x = 1;</script>`, `<script>/* {{.S}} */ x</script>`,
		`<button onclick="f({{.S}})">`, `<button onclick='f("{{.S}}")'>`, `<button onclick=f({{.N}})>`,
		`<style>p { color: {{.S}}; }</style>`, `<style>p { color: {{"red"}}; }</style>`, `<style>{{.C}}</style>`,
		`<p style="color: {{.S}}">`, `<p style="{{.C}}">`, `<style>p { background: url({{.S}}) }</style>`,
		`<style>p { background: url("{{.S}}") }</style>`, `<style>p { font-family: "{{.S}}" }</style>`,
		`<style>p { width: {{"expression(x)"}} }</style>`, `<style>p { width: {{"10px"}} }</style>`,
		`<textarea>{{.S}}</textarea>`, `<title>{{.S}} {{.H}}</title>`, `{{.H}}`, `<p title="{{.H}}">`, `<p title={{.H}}>`,
		`<!-- {{.S}} -->x`, `<!DOCTYPE html><p>`, `a < b {{.N}}`,
		`<meta http-equiv="refresh" content="0; url={{.S}}">`, `<meta content="{{.S}}">`,
		`<script type="text/template">{{.S}}</script>`, `<script type="application/json">{{.M}}</script>`,
		`{{.S | html}}`, `{{html .S}}`, `{{.S | urlquery}}`, `<a href="/?q={{.S | urlquery}}">`,
		`{{html .S .N}}`, `{{.S | html | printf "%s"}}`, `<p title={{.S | html}}>`,
		`{{.N}} {{.F}} {{.B}} {{.Nil}} {{.P}} {{.Sl}} {{.M}} {{.St}}`,
		`<p class="{{if .B}}on{{else}}off{{end}}">`,
		`<a href="{{if .B}}/x?{{end}}{{.S}}">`,
		`<p {{if .B}}title="x"{{end}}>`,
		`{{if .B}}<p title="{{else}}<p>{{end}}`,
		`<p title="{{.S}}`,
		`<script>var x = "{{.S}}`,
		`<script>var x = 1 {{if .B}}/{{end}} 2</script>`,
		`<a href="{{.S}}{{if .B}}?{{end}}{{.S}}">`,
		`<p a"b="c">`, `<p title=a{{.N}}"b>`,
		`{{template "nope"}}`,
		`{{range .Sl}}<p title="{{.}}{{end}}">`,
		`<script>var x = "\`,
		`<script>var re = /[a/;</script>`,
		`<script>x {{.N}}</script>`,
		`{{define "sub"}}{{.}}{{end}}<p title="{{template "sub" .S}}"> <script>var a = {{template "sub" .N}};</script> {{template "sub" .S}}`,
		`{{define "attr"}} title="x"{{end}}<p{{template "attr"}}>`,
		`{{range .Sl}}{{if eq . "y"}}{{break}}{{end}}<i>{{.}}</i>{{end}}`,
		`<p onclick="{{.S}}" onmouseover='{{.S}}'>`,
		`<a href='{{.S}}'>`, `<a data-url="{{.S}}" data-x="{{.S}}" xmlns:foo="{{.S}}">`,
		`<input value="{{.S}}" type={{.S}}>`,
		`<svg><a xlink:href="{{.S}}"></svg>`,
		`<p>{{"a\u2028b"}}</p><script>var s = "{{"a\u2028b"}}";</script>`,
	}
	for _, c := range cases {
		t, err := template.New("t").Parse(c)
		if err != nil {
			fmt.Printf("%q: PARSE %v\n", c, err)
			continue
		}
		var sb strings.Builder
		err = t.Execute(&sb, d)
		fmt.Printf("%q\n  => %q", c, sb.String())
		if err != nil {
			fmt.Printf(" ERR %v", err)
			var e *template.Error
			if errors.As(err, &e) {
				fmt.Printf(" [code %d name %q line %d]", e.ErrorCode, e.Name, e.Line)
			}
		}
		fmt.Println()
	}
}
