package main

import "fmt"

type I interface{ M() string }
type J interface{ P() string }

type V struct{ n int }

func (v V) M() string  { return fmt.Sprint("V.M ", v.n) }
func (v *V) P() string { v.n++; return fmt.Sprint("V.P ", v.n) }

type W struct{ V }
type X struct{ *V }

func check(name string, x interface{}) {
	_, isI := x.(I)
	_, isJ := x.(J)
	fmt.Println(name, isI, isJ)
}

func main() {
	v := V{1}
	check("V", v)
	check("*V", &v)
	check("W", W{v})
	check("*W", &W{v})
	check("X", X{&v})
	check("*X", &X{&v})
	var j J = &v
	fmt.Println(j.P(), v.n)
	x := X{&v}
	var j2 J = x
	fmt.Println(j2.P(), v.n)
	w := W{V{10}}
	fmt.Println(w.P(), w.n)
	var i I = w
	w.n = 100
	fmt.Println(i.M(), w.M())
	var i2 I = &w
	w.n = 200
	fmt.Println(i2.M())
	fmt.Printf("%T %T\n", i, i2)
}
