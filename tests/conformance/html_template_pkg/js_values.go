// Values of many types in JavaScript, attribute, text, URL and CSS contexts (JSON for scripts,
// including NaN's error comment and time values), interfaces in text/template, a nil FuncMap function.
package main

import (
	"errors"
	"fmt"
	htmpl "html/template"
	"math"
	"os"
	"strings"
	"text/template"
	"time"
)

type Animal interface{ Sound() string }
type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

type Zoo struct {
	Animal
	Pets []Animal
	When time.Duration
}

func main() {
	var nilFn func() string
	t := template.Must(template.New("x").Funcs(template.FuncMap{"nilfn": nilFn, "err": func() (string, error) { return "", errors.New("e") }}).Parse(
		`{{.Sound}} {{range .Pets}}{{.Sound}}{{end}} {{.When}} {{printf "%T %T %v" 1.0 .When .Animal}}`))
	fmt.Println(t.Execute(os.Stdout, Zoo{Dog{"rex"}, []Animal{Dog{"a"}, Dog{"b"}}, 90 * time.Second}))
	t2 := template.Must(template.New("y").Funcs(template.FuncMap{"nilfn": nilFn}).Parse(`{{nilfn}}`))
	fmt.Println(t2.Execute(os.Stdout, nil))
	vals := []any{1.5, 1e21, 1e-7, math.NaN(), math.Inf(1), int64(-3), uint(7), "s</script>", []byte("by"), nil, true,
		map[string]any{"b": 1, "a": []int{}}, struct{ X, y int }{1, 2}, errors.New("err<"), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := htmpl.Must(htmpl.New("h").Parse(`{{range .}}<script>v = {{.}};</script><p title="{{.}}">{{.}}</p>
{{end}}`))
	var sb strings.Builder
	fmt.Println(h.Execute(&sb, vals))
	fmt.Print(sb.String())
	h2 := htmpl.Must(htmpl.New("h2").Parse(`<a href="/p?x={{.}}&y={{.}}#{{.}}">{{.}}</a><style>.c{width:{{.}}}</style>`))
	for _, v := range []any{"a b", 3, "x;y", "#frag", "-moz-binding"} {
		sb.Reset()
		h2.Execute(&sb, v)
		fmt.Println(sb.String())
	}
}
