// Template sets and options: missingkey, Delims, define/block/template, Clone, redefinition, writer
// errors, ExecError wrapping, bad FuncMaps, iterators, ParseFiles/ParseGlob, escapers, IsTrue.
package main

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 2 {
		return 0, errors.New("disk full")
	}
	fmt.Printf("[write %q]", p)
	return len(p), nil
}

var errSentinel = errors.New("sentinel")

func names(ts []*template.Template) string {
	var ns []string
	for _, t := range ts {
		ns = append(ns, t.Name())
	}
	sort.Strings(ns)
	return strings.Join(ns, ",")
}

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i * i) {
				fmt.Print("(stopped)")
				return
			}
		}
	}
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func main() {
	// missingkey
	m := map[string]int{"a": 1}
	for _, opt := range []string{"missingkey=default", "missingkey=invalid", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New("mk").Option(opt).Parse("{{.a}} {{.b}}"))
		var sb strings.Builder
		err := t.Execute(&sb, m)
		fmt.Printf("%s: %q %v\n", opt, sb.String(), err)
	}
	t := template.Must(template.New("mk").Option("missingkey=error").Parse("{{.x.y}}"))
	fmt.Println(t.Execute(os.Stdout, nil))
	fmt.Println(t.Execute(os.Stdout, map[string]any{"x": nil}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("x").Option("missingkey=bogus")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("x").Option("")
	}()

	// delims
	d := template.Must(template.New("d").Delims("<<", ">>").Parse("a <<.>> {{.}} <<- \" x \" ->> b"))
	d.Execute(os.Stdout, 5)
	fmt.Println()
	_, err := template.New("d").Delims("[[", "]]").Parse("[[.X")
	fmt.Println(err)
	_, err = template.New("d").Delims("[[", "]]").Parse("[[if]][[end]]")
	fmt.Println(err)

	// sets
	root := template.New("root")
	template.Must(root.Parse(`{{define "header"}}H({{.}}){{end}}{{define "footer"}}F{{end}}root:{{template "header" "x"}}{{block "side" .}}side-default{{end}}`))
	fmt.Println(names(root.Templates()))
	root.Execute(os.Stdout, 1)
	fmt.Println()
	template.Must(root.New("side").Parse(`side-override {{.}}`))
	root.Execute(os.Stdout, 2)
	fmt.Println()
	fmt.Println(root.Lookup("header").Name(), root.Lookup("nope") == nil)
	err = root.ExecuteTemplate(os.Stdout, "header", 3)
	fmt.Println(" err:", err)
	err = root.ExecuteTemplate(os.Stdout, "nope", 3)
	fmt.Println(err)
	n := root.New("unparsed")
	fmt.Println(n.Name(), root.Lookup("unparsed") == nil)
	fmt.Println(n.Execute(os.Stdout, nil))
	e := template.Must(template.New("empty").Parse(""))
	fmt.Println(e.Execute(os.Stdout, nil))
	fmt.Println(template.Must(template.New("only-defs").Parse(`{{define "a"}}A{{end}}`)).Execute(os.Stdout, nil))
	var zero template.Template
	fmt.Println(zero.Execute(os.Stdout, nil), zero.Name() == "", zero.Lookup("x") == nil, zero.DefinedTemplates() == "")

	// clone
	base := template.Must(template.New("base").Parse(`[{{template "content" .}}]`))
	template.Must(base.New("content").Parse(`base content`))
	c1 := template.Must(base.Clone())
	template.Must(c1.New("content").Parse(`clone content {{.}}`))
	base.Execute(os.Stdout, 1)
	c1.Execute(os.Stdout, 2)
	fmt.Println()
	fmt.Println(names(c1.Templates()), c1.Lookup("base") == c1, c1.Lookup("content") != base.Lookup("content"))

	// redefinition
	r := template.Must(template.New("r").Parse(`{{define "x"}}one{{end}}{{template "x"}}`))
	template.Must(r.Parse(`{{define "x"}}two{{end}}{{template "x"}}!`))
	r.Execute(os.Stdout, nil)
	template.Must(r.Parse(`{{define "x"}}  {{end}}`))
	r.Execute(os.Stdout, nil)
	fmt.Println()

	// writer errors
	w := &failWriter{}
	err = template.Must(template.New("w").Parse("a{{.}}b{{.}}c")).Execute(w, 1)
	fmt.Println(" ->", err)

	// error wrapping
	f := template.FuncMap{
		"fail":  func() (string, error) { return "", fmt.Errorf("wrapped: %w", errSentinel) },
		"panic": func() string { panic(errSentinel) },
		"sum":   func(xs ...int) int { s := 0; for _, x := range xs { s += x }; return s },
	}
	err = template.Must(template.New("e").Funcs(f).Parse("x{{fail}}y")).Execute(os.Stdout, nil)
	fmt.Println()
	var ee template.ExecError
	fmt.Println(err, "|", errors.Is(err, errSentinel), errors.As(err, &ee), ee.Name)
	err = template.Must(template.New("e").Funcs(f).Parse("{{panic}}")).Execute(os.Stdout, nil)
	fmt.Println(err, errors.Is(err, errSentinel))
	err = template.Must(template.New("e").Funcs(f).Parse("{{.X}}")).Execute(os.Stdout, 1)
	fmt.Printf("%T %v %v\n", err, errors.Unwrap(err) != nil, errors.As(err, &ee))
	template.Must(template.New("e").Funcs(f).Parse("{{sum}} {{sum 1 2 3}} {{3 | sum 1}}\n")).Execute(os.Stdout, nil)

	// bad funcs
	for _, fm := range []template.FuncMap{{"bad-name": strings.ToUpper}, {"x": 3}, {"y": func() {}}, {"z": func() (int, int) { return 1, 2 }}, {"1a": strings.ToUpper}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			template.New("f").Funcs(fm)
		}()
	}

	// iterators
	it := template.Must(template.New("it").Parse("{{range .Seq}}{{.}} {{end}}|{{range $k, $v := .Pairs}}{{$k}}={{$v}} {{end}}|{{range .Pairs}}{{.}}{{end}}|{{range .Seq}}{{if eq . 4}}{{break}}{{end}}{{.}} {{end}}\n"))
	fmt.Println(it.Execute(os.Stdout, map[string]any{"Seq": seq(4), "Pairs": pairs()}))
	it2 := template.Must(template.New("it2").Parse("{{range $i, $v := .}}{{end}}"))
	fmt.Println(it2.Execute(os.Stdout, seq(2)) != nil)

	// files
	dir, _ := os.MkdirTemp("", "tmpl")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.tmpl"), []byte(`A:{{template "b.tmpl" .}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "b.tmpl"), []byte(`B:{{.}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte(`{{.X`), 0o644)
	ft, err := template.ParseFiles(filepath.Join(dir, "a.tmpl"), filepath.Join(dir, "b.tmpl"))
	fmt.Println(err, ft.Name(), names(ft.Templates()))
	ft.Execute(os.Stdout, 7)
	fmt.Println()
	gt, err := template.ParseGlob(filepath.Join(dir, "*.tmpl"))
	fmt.Println(err, gt.Name(), names(gt.Templates()))
	_, err = template.ParseGlob(filepath.Join(dir, "*.nothing"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = template.ParseFiles()
	fmt.Println(err)
	_, err = template.ParseFiles(filepath.Join(dir, "missing.tmpl"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = template.ParseFiles(filepath.Join(dir, "bad.txt"))
	fmt.Println(err)
	mt := template.Must(template.New("main").Parse(`main {{template "b.tmpl" 1}}`))
	template.Must(mt.ParseFiles(filepath.Join(dir, "b.tmpl")))
	mt.Execute(os.Stdout, nil)
	fmt.Println()

	// escapers and IsTrue
	fmt.Println(template.HTMLEscapeString(`<"'&>`), template.JSEscapeString(`'"<>`), template.URLQueryEscaper("a b", 1))
	fmt.Println(template.HTMLEscaper("<", 1), template.JSEscaper(1, "x"))
	template.HTMLEscape(os.Stdout, []byte("<x>\n"))
	template.JSEscape(os.Stdout, []byte("<x>\n"))
	fmt.Println()
	for _, v := range []any{0, 1, "", "x", nil, []int{}, map[int]int{1: 1}, struct{}{}, (*int)(nil), 0.0, false} {
		a, b := template.IsTrue(v)
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	var nilT *template.Template
	_ = nilT
}
