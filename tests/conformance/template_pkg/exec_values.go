// Executing over a struct: fields, methods, maps, nil values, builtins, comparisons, and the exec error texts.
package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type Inner struct {
	V    int
	Name string
}

func (i Inner) Hello(s string) string { return "hello " + s + " from " + i.Name }

type Stringy struct{ s string }

func (s Stringy) String() string { return "S<" + s.s + ">" }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS(%d)", p.n) }

type Named string
type MyInt int

type T struct {
	A       int
	B       string
	F       float64
	Bo      bool
	P       *Inner
	NilP    *Inner
	I       Inner
	*Inner  // embedded pointer
	S       []int
	Empty   []int
	M       map[string]int
	MI      map[int]string
	MA      map[any]string
	Any     any
	NilAny  any
	Err     error
	Fn      func(int) int
	Fn2     func(...string) string
	FnErr   func() (int, error)
	Ch      chan int
	St      Stringy
	Ps      PS
	PPs     *PS
	Nm      Named
	Mi      MyInt
	U       uint8
	Arr     [3]string
	private int
}

func (t T) Method() string               { return "method" }
func (t T) Add(a, b int) int             { return a + b }
func (t T) Fails() (string, error)       { return "", errors.New("boom") }
func (t T) Panics() string               { panic("oh no") }
func (t T) PanicsErr() string            { panic(errors.New("err panic")) }
func (t T) Variadic(xs ...int) int       { s := 0; for _, x := range xs { s += x }; return s }
func (t T) NoResult()                    {}
func (t T) ThreeResults() (int, int, int) { return 1, 2, 3 }
func (t T) BadSecond() (int, int)        { return 1, 2 }
func (t *T) PtrMethod() string           { return "ptr method" }
func (t T) GetInner() Inner              { return Inner{7, "got"} }
func (t T) GetMap() map[string]int       { return map[string]int{"k": 9} }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	data := T{
		A: 3, B: "bee", F: 2.5, Bo: true, P: &Inner{1, "p"}, I: Inner{2, "i"}, Inner: &Inner{5, "emb"},
		S: []int{10, 20, 30}, M: map[string]int{"one": 1, "two": 2}, MI: map[int]string{2: "b", 1: "a"},
		MA: map[any]string{"k": "v"}, Any: 42, Err: errors.New("an error"),
		Fn: func(x int) int { return x * 2 }, Fn2: func(s ...string) string { return strings.Join(s, "+") },
		FnErr: func() (int, error) { return 0, errors.New("fn failed") }, Ch: ch,
		St: Stringy{"x"}, Ps: PS{4}, PPs: &PS{5}, Nm: "named", Mi: 7, U: 200, Arr: [3]string{"x", "y", "z"},
	}
	cases := []string{
		"{{.A}} {{.B}} {{.F}} {{.Bo}} {{.P}} {{.P.Name}} {{.NilP}} {{.I}} {{.V}} {{.Name}}",
		"{{.S}} {{.Empty}} {{.M}} {{.MI}} {{.Any}} {{.NilAny}} {{.Err}} {{.St}} {{.Ps}} {{.PPs}} {{.Nm}} {{.Mi}} {{.U}} {{.Arr}}",
		"{{.M.one}} {{.M.three}} {{.MA.k}} {{.MI.x}}",
		"{{.NilP.Name}}",
		"{{.NilAny.X}}",
		"{{.private}}",
		"{{.Nope}}",
		"{{.A.B}}",
		"{{.Method}} {{.Add 1 2}} {{.Variadic}} {{.Variadic 1 2 3}} {{.I.Hello \"bob\"}}",
		"{{.Fails}}",
		"{{.Panics}}",
		"{{.PanicsErr}}",
		"{{.NoResult}}",
		"{{.ThreeResults}}",
		"{{.BadSecond}}",
		"{{.PtrMethod}}",
		"{{.Add 1}}",
		"{{.Add 1 2 3}}",
		"{{.Add \"x\" 2}}",
		"{{.Add 1.5 2}}",
		"{{.A 1}}",
		"{{.M.one 1}}",
		"{{1 | .Add 2}}",
		"{{.GetInner.Name}} {{.GetMap.k}} {{(.GetInner).V}}",
		"{{.Fn 3}}",
		"{{call .Fn 4}} {{call .Fn2 \"a\" \"b\"}} {{call .Fn2}}",
		"{{call .FnErr}}",
		"{{call .A}}",
		"{{call .Fn}}",
		"{{call .Fn \"x\"}}",
		"{{call nil}}",
		"{{call .NilAny}}",
		"{{.Fn | call}}",
		"{{len .S}} {{len .M}} {{len .B}} {{len .Arr}} {{len .Ch}}",
		"{{len .A}}",
		"{{len .NilP}}",
		"{{len .NilAny}}",
		"{{index .S 1}} {{index .M \"two\"}} {{index .M \"zz\"}} {{index .MI 2}} {{index .Arr 2}} {{index .B 0}}",
		"{{index .S 3}}",
		"{{index .S 4}}",
		"{{index .S -1}}",
		"{{index .S \"a\"}}",
		"{{index .M 1}}",
		"{{index .A 1}}",
		"{{index .NilAny 1}}",
		"{{index .NilP 1}}",
		"{{index .S nil}}",
		"{{index .MA \"k\"}} {{index .MI .Mi}} {{index .S .U}}",
		"{{slice .S 1}} {{slice .S 1 2}} {{slice .S 0 1 2}} {{slice .B 1}} {{slice .B 1 2}}",
		"{{slice .B 0 1 2}}",
		"{{slice .S 2 1}}",
		"{{slice .S 5}}",
		"{{slice .A 1}}",
		"{{slice .Arr 1}}",
		"{{slice .S 1 2 3 4}}",
		"{{not .A}} {{not 0}} {{not .Empty}} {{not .NilP}}",
		"{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{and}}",
		"{{or}}",
		"{{and .A .NilP.Name}}",
		"{{or .A .NilP.Name}}",
		"{{print 1 2 \"a\" \"b\" 3}} {{println 1 2}}|{{printf \"%d-%s\" 1 \"x\"}} {{printf \"%v\" .S}}",
		"{{printf .A}}",
		"{{print}} {{print nil}} {{printf \"%T %T %T %T\" 1 1.5 'a' \"s\"}}",
		"{{html \"<a href='x'>&\\\"\\x00\"}} {{js \"it's <b> \\\"q\\\" = \\\\ \\n é\"}} {{urlquery \"a b&c=d/é?\"}}",
		"{{html .P}} {{html 1 2}} {{js .St}} {{urlquery .Ps}} {{html .PPs}}",
		"{{eq 1 1}} {{eq 1 2}} {{eq 1 2 3 1}} {{eq .B \"bee\"}} {{eq .U 200}} {{eq .Mi 7}} {{eq 1.5 1.5}} {{eq true true}} {{eq .NilP nil}} {{eq .P .P}}",
		"{{eq 1 \"a\"}}",
		"{{eq 1}}",
		"{{eq .S .S}}",
		"{{eq .I .I}}",
		"{{eq .NilAny nil}} {{eq nil nil}}",
		"{{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt 3 2}} {{ge 1 2}} {{lt \"a\" \"b\"}} {{lt 1.5 2.5}} {{lt -1 .U}} {{gt .U -1}}",
		"{{lt true false}}",
		"{{lt 1 \"a\"}}",
		"{{lt .S 1}}",
		"{{lt 1.5 2}}",
		"{{lt 1 2 3}}",
		"{{ne 1}}",
		"{{nil}}",
		"{{.A nil}}",
		"{{.Add nil 1}}",
		"{{.Fn nil}}",
		"{{.Fn .NilAny}}",
		"{{.I.Hello .A}}",
		"{{.I.Hello .Nm}}",
		"{{.I.Hello .St}}",
		"{{.Ch}}",
		"{{.Fn}}",
		"{{.Variadic 1 \"x\"}}",
		"{{$x := 1}}{{$x}} {{$x = 2}}{{$x}} {{$y := .B}}{{$y}} {{$.A}}",
		"{{with $x := .A}}{{$x}}{{end}} {{with .NilP}}x{{else}}nilp{{end}} {{with .Empty}}x{{else with .S}}{{.}}{{end}}",
		"{{if .A}}a{{end}}{{if .Empty}}e{{else if .NilP}}n{{else if .B}}b{{else}}z{{end}}",
		"{{range .S}}{{.}},{{end}} {{range $i, $v := .S}}{{$i}}={{$v}} {{end}} {{range .Empty}}x{{else}}empty{{end}}",
		"{{range $k, $v := .M}}{{$k}}:{{$v}} {{end}}{{range .MI}}{{.}}{{end}} {{range $k, $v := .MI}}{{$k}}{{end}}",
		"{{range .Ch}}<{{.}}>{{end}}",
		"{{range 4}}{{.}}{{end}} {{range $i := 3}}{{$i}}{{end}} {{range 0}}x{{else}}none{{end}}",
		"{{range $i, $j := 3}}{{end}}",
		"{{range .A}}{{end}}",
		"{{range .B}}{{end}}",
		"{{range .NilP}}x{{else}}nil{{end}} {{range .NilAny}}x{{else}}nilany{{end}}",
		"{{range .S}}{{if eq . 20}}{{continue}}{{end}}{{.}} {{end}}|{{range .S}}{{if eq . 20}}{{break}}{{end}}{{.}} {{end}}",
		"{{range $i, $v := .S}}{{$i}}{{end}}{{$i}}",
		"{{$i := 0}}{{range $i, $v = .S}}{{end}}{{$i}} {{$v := 0}}{{range $v = .S}}{{end}}{{$v}}",
		"{{range .Arr}}{{.}}{{end}} {{range $i, $c := .B}}{{end}}",
		"{{template \"nope\"}}",
		"{{.A.X}}",
		"{{(.A).X}}",
		"{{$x := .NilP}}{{$x.Name}}",
		"{{.I.Hello}}",
		"{{.Mi.X}}",
		"{{.M.one.two}}",
		"{{1.5}} {{1e3}} {{0x10}} {{'a'}} {{1i}} {{-0}} {{1_000}} {{0b11}} {{9223372036854775807}}",
		"{{18446744073709551615}}",
		"{{.S 1}}",
		"{{\"x\" 1}}",
		"{{. 1}}",
		"{{$ 1}}",
		"{{(.A) 1}}",
		"{{.NilAny | printf \"%v\"}} {{.NilP | printf \"%v\"}}",
		"{{printf \"%v\" .NilP.Name}}",
		"{{.F | printf \"%.1f\"}} {{.A | printf \"%d-%d\" 9}}",
		"{{\"a\" | printf \"%s%s\" \"b\"}}",
		"{{.Variadic 1 | .Variadic 2}}",
		"{{index .M .B}}",
		"{{.B | len}}",
		"{{.Err.Error}}",
		"{{.St.String}}",
	}
	for _, c := range cases {
		t, err := template.New("t").Parse(c)
		if err != nil {
			fmt.Printf("%q: PARSE %v\n", c, err)
			continue
		}
		var sb strings.Builder
		err = t.Execute(&sb, data)
		fmt.Printf("%q: %q", c, sb.String())
		if err != nil {
			fmt.Printf(" ERR %v", err)
		}
		fmt.Println()
	}
}
