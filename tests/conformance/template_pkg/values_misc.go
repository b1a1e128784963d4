// Values in templates: embedded fields, pointer methods, time values, trimming, scopes, recursion, positions.
package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
	"time"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }
func (b *Base) Bump() int       { b.ID++; return b.ID }

type User struct {
	Base
	Name    string
	Friends []*User
	Meta    map[string]Base
	When    time.Time
	Err     error
	Dur     time.Duration
}

func (u *User) Greeting(p string) string { return p + ", " + u.Name }

func main() {
	run := func(name, text string, data any) {
		t, err := template.New(name).Parse(text)
		if err != nil {
			fmt.Println("parse:", err)
			return
		}
		var sb strings.Builder
		err = t.Execute(&sb, data)
		fmt.Printf("%s => %q", name, sb.String())
		if err != nil {
			fmt.Printf(" ERR %v", err)
		}
		fmt.Println()
	}
	u := User{Base: Base{7}, Name: "ann", Meta: map[string]Base{"k": {1}},
		When: time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC), Err: errors.New("bad"), Dur: 1500 * time.Millisecond}
	u.Friends = []*User{{Name: "bob"}, {Name: "cy", Base: Base{3}}}
	run("embedded", "{{.ID}} {{.Base.ID}} {{.Describe}} {{.Base.Describe}}", u)
	run("ptr-method-value", "{{.Greeting \"hi\"}}", u)
	run("ptr-method-ptr", "{{.Greeting \"hi\"}} {{.Bump}} {{.ID}}", &u)
	run("friends", "{{range .Friends}}{{.Greeting \"yo\"}};{{.Bump}};{{end}}", u)
	run("map-struct", "{{.Meta.k.Describe}} {{.Meta.k.Bump}}", u)
	run("time", "{{.When}} | {{.When.Year}} {{.When.Format \"2006-01-02\"}} | {{.Err}} | {{.Dur}} {{.Dur.Seconds}}", u)
	run("trim", "a  {{- 1 -}}  b\n\t{{- 2}}\n  {{3 -}}\n\n c {{- /* x */ -}} d", nil)
	run("trim2", "x {{- \"y\" }} {{\"z\" -}} w", nil)
	run("nested-vars", `{{$top := .Name}}{{range $i, $f := .Friends}}{{$top}}>{{$f.Name}}{{with $f.Friends}}no{{else}}({{$i}}{{$.Name}}){{end}} {{end}}`, u)
	run("scopes", `{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}{{if true}}{{$x = 3}}{{end}}{{$x}}`, nil)
	u.Friends[1].Friends = []*User{{Name: "dee"}, {Name: "eve"}}
	run("recursion", `{{define "t"}}{{.Name}}{{range .Friends}}({{template "t" .}}){{end}}{{end}}{{template "t" .}}`, u)
	run("dollar-in-template", `{{define "d"}}[{{$}}|{{.}}]{{end}}{{template "d" 5}}{{template "d"}}`, "top")
	run("parens", `{{printf "%d%s" (len "abc") (printf "%s" "x")}} {{(index . 1)}} {{(slice . 1 2) | len}}`, []int{4, 5, 6})
	run("reflect-value", "{{.Name}} {{.ID}}", reflect.ValueOf(u))
	run("nil-data", "{{.}} {{.X}}", nil)
	var np *User
	run("typed-nil", "{{.}}", np)
	run("typed-nil-field", "{{.Name}}", np)
	run("typed-nil-method", "{{.Greeting \"x\"}}", np)
	run("iface-nil-field", "{{.Err.Error}}", User{})
	run("array-ptr", "{{index . 0}} {{len .}}", &[2]string{"p", "q"})
	run("chain", "{{(index .Friends 1).Name}} {{(index .Friends 0).Base.ID}}", u)
	run("bytes", "{{.}} {{printf \"%s\" .}} {{index . 0}}", []byte("hi"))
	run("float-print", "{{.}}", []any{1.0, 2.5e20, 1e21, float32(0.1), 3 + 4i, uint8(7), 'x', true})
	run("map-any", "{{.a.b}} {{index . \"a\" \"b\"}}", map[string]any{"a": map[string]int{"b": 2}})
	run("map-int-key", "{{index . 1}} {{.x}}", map[int]string{1: "one"})
	run("index-multi", "{{index . 1 0}}", [][]string{{"a"}, {"b", "c"}})
	run("with-else-with", "{{with .X}}x{{else with .Y}}y{{.}}{{else}}z{{end}}", map[string]int{"Y": 2})
	run("comment-only", "{{/* nothing */}}", nil)
	run("unicode", "héllo {{.}} wörld", "ünï")
	run("err-pos-line", "line1\nline2 {{.A}}\n  {{.B.C}}", map[string]any{"A": 1, "B": 2})
	run("err-in-define", `{{define "inner"}}
  {{.Nope}}{{end}}outer {{template "inner" 3}}`, nil)
	run("multibyte-col", "ééé {{.X}}", 1)
	t := template.Must(template.New("os").Parse("to stdout: {{.}}\n"))
	t.Execute(os.Stdout, []string{"a", "b"})
}
