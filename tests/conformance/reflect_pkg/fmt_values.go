package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Box struct {
	W, H int
	Tag  string
	t    Temp
}

func main() {
	vals := []any{42, "str", 2.5, []int{1, 2}, map[string]int{"k": 1}, Box{1, 2, "x", 3}, &Box{3, 4, "y", 5},
		Temp(21.5), nil, true, [2]bool{}}
	for _, x := range vals {
		v := reflect.ValueOf(x)
		fmt.Printf("%v | %+v | %T | %s\n", v, v, v, v.Kind())
	}
	v := reflect.ValueOf(Box{1, 2, "x", 3})
	fmt.Println(v.Field(3), v.Field(2), v.Field(0))
	fmt.Printf("%d %x %q %v\n", reflect.ValueOf(255), reflect.ValueOf(255), reflect.ValueOf("q"), reflect.ValueOf(Temp(1)))
	t := reflect.TypeOf(Box{})
	fmt.Printf("%v | %s | %T\n", t, t, t == nil)
	fmt.Println(t, reflect.TypeOf(&Box{}), reflect.TypeOf([]Temp{}), reflect.ValueOf(reflect.TypeOf(1)).Kind())
	fmt.Printf("[%10v] [%-6v]\n", reflect.ValueOf(7), reflect.ValueOf("ab"))
	fmt.Println(reflect.Value{}, reflect.ValueOf(nil))
	var ip *int
	fmt.Println(reflect.ValueOf(ip), reflect.ValueOf(&ip).Elem())
}
