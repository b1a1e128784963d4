package main

import (
	"errors"
	"fmt"
	"reflect"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		var ve *reflect.ValueError
		if err, ok := r.(error); ok && errors.As(err, &ve) {
			fmt.Printf("%s: *reflect.ValueError Method=%s Kind=%v: %v\n", what, ve.Method, ve.Kind, r)
			return
		}
		fmt.Printf("%s: %T %v\n", what, r, r)
	}()
	f()
}

func main() {
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Bool on int", func() { reflect.ValueOf(1).Bool() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Field on slice", func() { reflect.ValueOf([]int{}).Field(0) })
	try("Field out of range", func() { reflect.ValueOf(struct{ A int }{}).Field(3) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Index on array out of range", func() { reflect.ValueOf([1]int{}).Index(1) })
	try("Index on map", func() { reflect.ValueOf(map[int]int{}).Index(0) })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	try("NumField on ptr", func() { reflect.ValueOf(&struct{}{}).NumField() })
	try("Interface on zero", func() { reflect.Value{}.Interface() })
	try("Type on zero", func() { reflect.Value{}.Type() })
	try("IsZero on zero", func() { reflect.ValueOf(nil).IsZero() })
	try("Type.Elem on int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Field on int", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Key on slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.Len on slice", func() { reflect.TypeOf([]int{}).Len() })
	try("Type.NumIn on int", func() { reflect.TypeOf(1).NumIn() })
	try("Type.Bits on string", func() { reflect.TypeOf("").Bits() })
	try("Implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(2)) })
	try("New(nil)", func() { reflect.New(nil) })
	try("MakeSlice of map", func() { reflect.MakeSlice(reflect.TypeOf(map[int]int{}), 0, 0) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("Call nil func", func() { var f func(); reflect.ValueOf(f).Call(nil) })
	fmt.Println(reflect.ValueOf(nil).Kind(), reflect.Value{}.String(), reflect.Value{}.IsValid())
	reflect.ValueOf(map[string]int{}).Int()
}
