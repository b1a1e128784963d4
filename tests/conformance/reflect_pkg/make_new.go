package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Pt struct{ X, Y int }

// Build values of types known only at run time.
func zeroOf(t reflect.Type) any { return reflect.Zero(t).Interface() }

func main() {
	for _, t := range []reflect.Type{reflect.TypeOf(0), reflect.TypeOf(""), reflect.TypeOf(Pt{}), reflect.TypeOf([]int(nil)),
		reflect.TypeOf(map[string]bool(nil)), reflect.TypeOf((*Pt)(nil)), reflect.TypeFor[error]()} {
		fmt.Printf("%v: %#v\n", t, zeroOf(t))
	}
	sl := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 4)
	sl.Index(0).SetString("a")
	sl = reflect.Append(sl, reflect.ValueOf("c"), reflect.ValueOf("d"), reflect.ValueOf("e"))
	sl = reflect.AppendSlice(sl, reflect.ValueOf([]string{"f"}))
	fmt.Println(sl.Interface(), sl.Len(), sl.Cap())
	m := reflect.MakeMap(reflect.TypeOf(map[string]Pt{}))
	m.SetMapIndex(reflect.ValueOf("p"), reflect.ValueOf(Pt{1, 2}))
	m.SetMapIndex(reflect.ValueOf("q"), reflect.ValueOf(Pt{3, 4}))
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(len(keys), keys[0], m.MapIndex(keys[1]), m.Len())
	p := reflect.New(reflect.TypeOf(Pt{}))
	p.Elem().FieldByName("Y").SetInt(9)
	fmt.Println(p.Interface(), p.Elem().Interface(), p.Kind(), p.Elem().Kind())
	pp := reflect.New(reflect.PointerTo(reflect.TypeOf(0)))
	fmt.Println(pp.Type(), pp.Elem().IsNil())
	dst := make([]int, 2)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9}))
	fmt.Println(n, dst)
	var anyVal any = Pt{5, 6}
	v := reflect.ValueOf(&anyVal).Elem()
	fmt.Println(v.Kind(), v.Elem().Kind(), v.Elem().Field(0))
	v.Set(reflect.ValueOf("replaced"))
	fmt.Println(anyVal)
	fmt.Println(reflect.ValueOf(Pt{1, 2}).Interface() == any(Pt{1, 2}))
}
