package main

import (
	"fmt"
	"reflect"
)

type P struct {
	Name string `k:"n"`
	Age  int
	tag  bool
}

func (p P) Hi() string     { return "hi " + p.Name }
func (p P) Bye(n int) bool { return n > 0 }

func main() {
	t := reflect.TypeFor[P]()
	for f := range t.Fields() {
		fmt.Println(f.Name, f.Type, f.Tag.Get("k"), f.IsExported())
	}
	for m := range t.Methods() {
		fmt.Println(m.Name, m.Type)
	}
	ft := reflect.TypeOf(fmt.Sprintf)
	for in := range ft.Ins() {
		fmt.Print(in, " ")
	}
	for out := range ft.Outs() {
		fmt.Println("->", out)
	}
	v := reflect.ValueOf(P{"ann", 3, true})
	for f, fv := range v.Fields() {
		fmt.Println(f.Name, "=", fv)
	}
	for m, mv := range v.Methods() {
		if m.Name == "Hi" {
			fmt.Println(mv.Call(nil)[0])
		}
	}
	defer func() { fmt.Println(recover()) }()
	for range reflect.TypeOf(1).Fields() {
	}
}
