// html/template's API: Clone before and after execution, ExecuteTemplate, incomplete templates,
// sticky escaping errors, Funcs/Option/Delims, ParseFiles/ParseGlob, recursion, derived templates.
package main

import (
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func names(ts []*template.Template) string {
	var ns []string
	for _, t := range ts {
		ns = append(ns, t.Name())
	}
	sort.Strings(ns)
	return strings.Join(ns, ",")
}

func main() {
	t := template.Must(template.New("root").Parse(`{{define "item"}}<li>{{.}}</li>{{end}}<ul>{{range .}}{{template "item" .}}{{end}}</ul>`))
	fmt.Println(names(t.Templates()))
	c := template.Must(t.Clone())
	template.Must(c.New("item").Parse(`<li class="c">{{.}}</li>`))
	t.Execute(os.Stdout, []string{"<a>", "b"})
	fmt.Println()
	c.Execute(os.Stdout, []string{"<a>", "b"})
	fmt.Println()
	_, err := t.Parse(`x`)
	fmt.Println(err)
	_, err = t.Clone()
	fmt.Println(err)
	_, err = c.New("z").Parse("z")
	fmt.Println(err)

	// ExecuteTemplate and escaping per context
	u := template.Must(template.New("u").Parse(`{{define "v"}}{{.}}{{end}}<a href="/x?q={{template "v" .}}" title="{{template "v" .}}">{{template "v" .}}</a><script>var v = {{template "v" .}};</script>`))
	err = u.ExecuteTemplate(os.Stdout, "v", "<&>")
	fmt.Println(" |", err)
	err = u.Execute(os.Stdout, "<&>")
	fmt.Println(" |", err)
	err = u.ExecuteTemplate(os.Stdout, "nope", 1)
	fmt.Println(err)
	fmt.Println(u.Lookup("v") != nil, u.Lookup("nope") == nil)

	// incomplete and empty templates
	e := template.New("e")
	fmt.Println(e.Execute(os.Stdout, nil))
	e2 := template.Must(template.New("e2").Parse(`{{define "x"}}X{{end}}`))
	fmt.Println(e2.Execute(os.Stdout, nil))
	fmt.Println(e2.ExecuteTemplate(os.Stdout, "x", nil))
	e3 := template.New("e3")
	e3.New("sub")
	fmt.Println(e3.ExecuteTemplate(os.Stdout, "sub", nil))
	e4 := template.Must(template.New("e4").Parse(`{{template "missing"}}`))
	e4.New("missing")
	fmt.Println(e4.Execute(os.Stdout, nil))

	// an escaping error sticks
	bad := template.Must(template.New("bad").Parse(`<p title="{{.}}`))
	fmt.Println(bad.Execute(os.Stdout, 1))
	fmt.Println(bad.Execute(os.Stdout, 1))
	var te *template.Error
	err = bad.Execute(os.Stdout, 1)
	fmt.Println(errors.As(err, &te), te.ErrorCode == template.ErrEndContext, te.Description)

	// execution errors keep text/template's texts
	x := template.Must(template.New("x").Parse(`<p>{{.Nope}}</p>`))
	fmt.Println(x.Execute(os.Stdout, struct{ A int }{1}))
	fmt.Println()

	// funcs, options, delims
	f := template.Must(template.New("f").Funcs(template.FuncMap{"up": strings.ToUpper, "raw": func(s string) template.HTML { return template.HTML(s) }}).
		Option("missingkey=zero").Delims("[[", "]]").Parse(`<b>[[up .a]]</b> [[raw .b]] [[.c]]`))
	f.Execute(os.Stdout, map[string]string{"a": "<x>", "b": "<i>ok</i>"})
	fmt.Println()
	fmt.Println(f.DefinedTemplates())

	// files
	dir, _ := os.MkdirTemp("", "htmpl")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(`<h1>{{.}}</h1>{{template "foot.html" .}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "foot.html"), []byte(`<footer title="{{.}}">end</footer>`), 0o644)
	ft, err := template.ParseFiles(filepath.Join(dir, "page.html"), filepath.Join(dir, "foot.html"))
	fmt.Println(err, ft.Name(), names(ft.Templates()))
	ft.Execute(os.Stdout, `"q"`)
	fmt.Println()
	gt, err := template.ParseGlob(filepath.Join(dir, "*.html"))
	fmt.Println(err, names(gt.Templates()))
	_, err = template.ParseGlob(filepath.Join(dir, "*.none"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = template.ParseFiles()
	fmt.Println(err)
	_, err = ft.ParseFiles(filepath.Join(dir, "page.html"))
	fmt.Println(err)

	// helpers
	fmt.Println(template.HTMLEscapeString(`<a href="x">`), template.JSEscapeString(`</script>`), template.URLQueryEscaper("a&b"))
	fmt.Println(template.IsTrue(0))

	// recursion
	type Node struct {
		Name string
		Kids []*Node
	}
	tree := &Node{"root", []*Node{{"a<", nil}, {"b", []*Node{{"c", nil}}}}}
	r := template.Must(template.New("tree").Parse(`{{define "n"}}<li title="{{.Name}}">{{.Name}}{{if .Kids}}<ul>{{range .Kids}}{{template "n" .}}{{end}}</ul>{{end}}</li>{{end}}<ul>{{template "n" .}}</ul>`))
	fmt.Println(r.Execute(os.Stdout, tree))
	// a template called in two contexts
	two := template.Must(template.New("two").Parse(`{{define "s"}}{{.}}{{end}}<p>{{template "s" .}}</p><a href="/{{template "s" .}}">`))
	fmt.Println(two.Execute(os.Stdout, "a b"))
	fmt.Println(names(two.Templates()))
}
