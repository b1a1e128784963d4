package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Name    string
	Port    int
	Ratio   float64
	Debug   bool
	Small   int8
	Count   uint16
	Tags    []string
	Limits  map[string]int
	Inner   struct{ Level int }
	Ptr     *int
	Any     any
	secret  string
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", what)
}

func main() {
	var c Config
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.CanSet(), v.CanAddr(), reflect.ValueOf(c).CanSet(), v.Field(11).CanSet(), v.Field(0).CanSet())
	v.FieldByName("Name").SetString("svc")
	v.FieldByName("Port").SetInt(8080)
	v.FieldByName("Ratio").SetFloat(0.25)
	v.FieldByName("Debug").SetBool(true)
	v.FieldByName("Small").SetInt(300) // wraps as int8 does
	v.FieldByName("Count").SetUint(65537)
	v.FieldByName("Tags").Set(reflect.ValueOf([]string{"a", "b"}))
	v.FieldByName("Limits").Set(reflect.MakeMap(reflect.TypeOf(map[string]int{})))
	v.FieldByName("Limits").SetMapIndex(reflect.ValueOf("cpu"), reflect.ValueOf(4))
	v.FieldByName("Inner").Field(0).SetInt(9)
	n := 5
	v.FieldByName("Ptr").Set(reflect.ValueOf(&n))
	v.FieldByName("Ptr").Elem().SetInt(6)
	v.FieldByName("Any").Set(reflect.ValueOf(3.5))
	fmt.Printf("%v %v %v %v %v %v %v %v %v %v %v n=%d\n", c.Name, c.Port, c.Ratio, c.Debug, c.Small, c.Count, c.Tags, c.Limits, c.Inner, *c.Ptr, c.Any, n)
	fmt.Println(v.FieldByName("Small").OverflowInt(200), v.FieldByName("Small").OverflowInt(100), v.FieldByName("Count").OverflowUint(70000))

	tags := v.FieldByName("Tags")
	tags.Index(1).SetString("B")
	tags.Set(reflect.Append(tags, reflect.ValueOf("c")))
	fmt.Println(c.Tags, tags.Len())
	tags.SetLen(1)
	fmt.Println(c.Tags)
	v.FieldByName("Limits").SetMapIndex(reflect.ValueOf("cpu"), reflect.Value{})
	fmt.Println(c.Limits, len(c.Limits))
	v.FieldByName("Inner").SetZero()
	fmt.Println(c.Inner)

	x := 10
	p := reflect.ValueOf(&x)
	p.Elem().SetInt(11)
	fmt.Println(x, p.Elem().Addr().Interface() == any(&x), p.Elem().CanAddr())
	arr := [3]int{1, 2, 3}
	reflect.ValueOf(&arr).Elem().Index(2).SetInt(30)
	fmt.Println(arr)
	nv := reflect.New(reflect.TypeOf(Config{}))
	nv.Elem().Field(0).SetString("new")
	fmt.Println(nv.Elem().Field(0), nv.Type(), nv.Elem().Interface().(Config).Name)

	try("SetInt on unaddressable", func() { reflect.ValueOf(c).Field(1).SetInt(1) })
	try("SetString on unexported", func() { v.Field(11).SetString("x") })
	try("SetInt on string", func() { v.Field(0).SetInt(1) })
	try("Set wrong type", func() { v.Field(1).Set(reflect.ValueOf("str")) })
	try("Set MyInt into int", func() {
		type MyInt int
		v.Field(1).Set(reflect.ValueOf(MyInt(3)))
	})
	try("Interface of unexported", func() { _ = v.Field(11).Interface() })
	try("Addr of unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("SetMapIndex on nil map", func() {
		var m map[string]int
		reflect.ValueOf(&m).Elem().SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
	try("SetLen beyond cap", func() { tags.SetLen(100) })
	try("Set on zero Value", func() { reflect.Value{}.SetInt(1) })
}
