package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Sl    []int
	M     map[string]int
	Any   any
	Err   error
	priv  float64
	Arr   [2]bool
	Bytes []byte
}

type Empty struct{}

type Embed struct {
	Inner
	C int
}

func main() {
	o := Outer{Name: "x", In: Inner{1, "b"}, Sl: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, Any: 3, priv: 1.5, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Println(o)
	fmt.Printf("%v %+v %#v\n", Empty{}, Empty{}, Empty{})
	e := Embed{Inner{2, "c"}, 3}
	fmt.Printf("%v %+v %#v\n", e, e, e)
	fmt.Printf("%v %+v %#v\n", &e, &e, &e)
	anon := struct {
		X int
		Y string
	}{1, "y"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	fmt.Printf("%d %x %s\n", Inner{10, "z"}, Inner{255, "z"}, Inner{1, "s"})
	fmt.Printf("%5v|%-5v|\n", Inner{1, "a"}, Inner{2, "b"})
	fmt.Printf("%T %T %T\n", o, &o, []Outer{})
	nested := [][]Inner{{{1, "a"}}, {}}
	fmt.Printf("%v %+v %#v\n", nested, nested, nested)
	var pi *Inner = &Inner{5, "p"}
	fmt.Printf("%v %+v %#v\n", []*Inner{nil}, map[string]*Inner{"k": nil}, []*Inner{nil})
	_ = pi
	type WithPtr struct{ P *int }
	fmt.Printf("%v %+v %#v\n", WithPtr{}, WithPtr{}, WithPtr{})
	type WithIface struct{ I any; E error }
	fmt.Printf("%v %+v %#v\n", WithIface{}, WithIface{}, WithIface{})
	fmt.Printf("%#v\n", WithIface{I: "s", E: nil})
	fmt.Printf("%#v\n", WithIface{I: Inner{}})
}
