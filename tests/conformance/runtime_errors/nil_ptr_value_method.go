package main

// A value method of T on a nil *T: an interface call dereferences nil (gc);
// a method expression or a method value taken from the interface panics in
// the *T wrapper, when called.

import "fmt"

type T struct{ x int }

func (T) N() { fmt.Println("N") }

type E struct{}

func (E) N() { fmt.Println("N") }

type I int

func (I) N() { fmt.Println("N") }

type V interface{ N() }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("iface *T", func() { var p *T; var v V = p; v.N() })
	try("iface *E", func() { var p *E; var v V = p; v.N() })
	try("iface *I", func() { var p *I; var v V = p; v.N() })
	try("mexpr *T", func() { var p *T; (*T).N(p) })
	try("mexpr *E", func() { var p *E; (*E).N(p) })
	try("mexpr *I", func() { var p *I; (*I).N(p) })
	try("mexpr val *T", func() { var p *T; f := (*T).N; f(p) })
	try("iface method value", func() { var p *T; var v V = p; f := v.N; f() })
}

func init() {
	try("bind only", func() { var p *T; var v V = p; f := v.N; fmt.Println("bound"); f() })
	try("fmt", func() { var p *T; fmt.Println(p) })
}
