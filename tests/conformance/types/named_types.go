package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type IntSlice []int

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type StrMap map[string]string
type Handler func(string) string
type ID string
type Alias = int

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF())
	fmt.Println(float64(c) + 1)
	s := IntSlice{1, 2, 3}
	s = append(s, 4)
	fmt.Println(s.Sum(), len(s), s[1:].Sum())
	var plain []int = s
	fmt.Println(plain)
	sm := StrMap{"a": "b"}
	fmt.Println(sm["a"], len(sm))
	var h Handler = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"))
	id := ID("abc")
	fmt.Println(id, string(id)+"!", len(id), id[0])
	var al Alias = 5
	var i int = al
	fmt.Printf("%T %T %v\n", al, c, i)
	fmt.Printf("%T %T %T\n", s, sm, id)
	type local struct{ v int }
	l := local{3}
	fmt.Printf("%T %+v\n", l, l)
	type Celsius2 = Celsius
	var c2 Celsius2 = 5
	fmt.Println(c2.ToF())
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
