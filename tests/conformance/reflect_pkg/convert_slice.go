package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type Names []string

func main() {
	v := reflect.ValueOf(3.7)
	for _, t := range []reflect.Type{reflect.TypeOf(0), reflect.TypeOf(int8(0)), reflect.TypeOf(uint(0)),
		reflect.TypeOf(float32(0)), reflect.TypeOf(Celsius(0)), reflect.TypeOf(""), reflect.TypeFor[any]()} {
		fmt.Println(t, v.CanConvert(t), reflect.TypeOf(3.7).ConvertibleTo(t))
		if v.CanConvert(t) {
			c := v.Convert(t)
			fmt.Printf("  %v %T\n", c, c.Interface())
		}
	}
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(300).Convert(reflect.TypeOf(int8(0))))
	fmt.Println(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]byte{})), reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune{})))
	fmt.Println(reflect.ValueOf([]string{"a"}).Convert(reflect.TypeOf(Names{})).Type())
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf([2]int{})))
	s := []int{5, 2, 8, 1}
	sw := reflect.Swapper(s)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	sw(0, 3)
	fmt.Println(s)
	fmt.Println(reflect.SliceOf(reflect.TypeOf(0)), reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(Celsius(0))))
	sl := reflect.ValueOf([]int{1, 2, 3, 4}).Slice(1, 3)
	fmt.Println(sl, sl.Len(), sl.Cap(), reflect.ValueOf("hello").Slice(1, 4))
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(reflect.ValueOf(&arr).Elem().Slice(2, 4).Type())
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int8(1))), reflect.ValueOf([]int{}).Comparable())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf("x").Convert(reflect.TypeOf(0.5))
}
