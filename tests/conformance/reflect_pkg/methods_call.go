package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Hello(greeting string) string { return greeting + ", " + g.Name }
func (g Greeter) Shout(parts ...string) string  { return strings.ToUpper(strings.Join(parts, " ")) }
func (g *Greeter) Rename(n string)             { g.Name = n }
func (g Greeter) Pair() (int, error)            { return len(g.Name), nil }
func (g Greeter) private()                      {}

type Speaker interface {
	Hello(string) string
}

func add(a, b int) int { return a + b }

func main() {
	g := Greeter{"ann"}
	t := reflect.TypeOf(g)
	pt := reflect.TypeOf(&g)
	fmt.Println(t.NumMethod(), pt.NumMethod(), reflect.TypeOf((*Speaker)(nil)).Elem().NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index)
	}
	m, ok := t.MethodByName("Hello")
	fmt.Println(m.Name, m.Type, ok)
	_, ok = t.MethodByName("Rename")
	fmt.Println(ok)
	v := reflect.ValueOf(g)
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("hi")})
	fmt.Println(len(out), out[0], out[0].Kind())
	out = v.MethodByName("Shout").Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(out[0])
	out = v.MethodByName("Pair").Call(nil)
	fmt.Println(out[0].Int(), out[1].IsNil(), out[1].Type())
	pv := reflect.ValueOf(&g)
	pv.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("bob")})
	fmt.Println(g.Name, v.MethodByName("Rename").IsValid(), pv.NumMethod(), v.NumMethod())
	fmt.Println(pv.Method(0).Type(), v.Method(1).Call(nil)[0])
	f := reflect.ValueOf(add)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int(), f.Type())
	var s Speaker = g
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call([]reflect.Value{reflect.ValueOf("yo")})[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	f.Call([]reflect.Value{reflect.ValueOf(1)})
}
