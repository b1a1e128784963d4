// A value method promoted through a nil embedded *T: gc's wrappers dereference
// the nil field, a plain nil dereference, however the method is reached;
// a method expression on a nil *T itself is the wrapper's own panic.
package main

import "fmt"

type T struct{ x int }

func (T) N() { fmt.Println("N") }

type V interface{ N() }
type EP struct{ *T }
type EEP struct{ EP }
type PEP struct{ *EP }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var ep EP
	try("direct", func() { ep.N() })
	try("method value", func() { f := ep.N; f() })
	try("interface", func() { var v V = ep; v.N() })
	try("pointer to outer", func() { var v V = &ep; v.N() })
	try("nil outer", func() { var p *EP; var v V = p; v.N() })
	try("method expr", func() { var p *T; (*T).N(p) })
	try("two levels", func() { var v V = EEP{}; v.N() })
	try("nil *EP field", func() { var v V = PEP{}; v.N() })
	try("method expr outer", func() { EP.N(ep) })
}
