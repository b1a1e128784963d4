package main

import (
	"errors"
	"fmt"
)

type S struct{ N int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.N) }

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.N) }

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type G struct{ V int }

func (g G) GoString() string { return "G!" }

type F struct{ V int }

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	fmt.Fprintf(st, "F[%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v]", verb, w, wok, p, pok, st.Flag('+'), st.Flag('-'), st.Flag('#'))
}

type Holder struct {
	A S
	B *PS
	C PS
	D E
}

type IntS int

func (i IntS) String() string { return "IntS" }

type Panicky struct{}

func (p *Panicky) String() string { return "never" }

type NilOk struct{}

func (n *NilOk) String() string {
	if n == nil {
		return "nil NilOk"
	}
	return "NilOk"
}

type BadStr struct{}

func (BadStr) String() string { panic("boom") }

func main() {
	s := S{1}
	fmt.Println(s, &s)
	fmt.Printf("%v %s %d %+v %#v %q %x %T\n", s, s, s, s, s, s, s, s)
	ps := PS{2}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v %+v\n", ps, &ps, ps)
	e := E{3}
	fmt.Println(e, &e)
	fmt.Printf("%v %s %d %#v %q\n", e, e, e, e, e)
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%x|%10v|%-10s|\n", err, err, err, err, err, err)
	fmt.Println(Both{})
	g := G{4}
	fmt.Printf("%v %#v %+v\n", g, g, g)
	f := F{5}
	fmt.Printf("%v|%+8.3x|%-#d|%s\n", f, f, f, f)
	fmt.Println(f)
	h := Holder{A: S{1}, B: &PS{2}, C: PS{3}, D: E{4}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]S{{1}, {2}}, []*PS{{7}}, []PS{{8}}, map[string]S{"k": {9}})
	fmt.Println(IntS(5), []IntS{1, 2})
	fmt.Printf("%d %v %s\n", IntS(5), IntS(5), IntS(5))
	var np *Panicky
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	var nn *NilOk
	fmt.Println(nn)
	fmt.Println(BadStr{})
	fmt.Printf("[%v] [%s]\n", BadStr{}, BadStr{})
	wrapped := errors.New("plain")
	fmt.Printf("%v %+v %#v\n", wrapped, wrapped, wrapped != nil)
	var ns fmt.Stringer
	fmt.Println(ns)
	fmt.Printf("%v %s\n", ns, ns)
}
