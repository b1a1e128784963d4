package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type MyInt int
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type Shape interface{ Area() float64 }
type Fn func(int, ...string) (bool, error)

func main() {
	var e error = errors.New("x")
	var sh Shape
	values := []any{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1),
		uintptr(1), 1.5, float32(1.5), complex(1, 2), complex64(1), "s", 'r', byte('b'), MyInt(3),
		[]int{1}, [2]string{}, map[string][]int{}, &struct{ A int }{}, struct{}{}, make(chan int),
		make(<-chan string), make(chan<- bool), func() {}, Fn(nil), e, &sh, Pair[string, int]{},
		[]*Pair[int, []string]{}, new(any), strings.NewReader(""), reflect.Int, struct {
			A int `json:"a"`
			b string
		}{},
	}
	for _, v := range values {
		t := reflect.TypeOf(v)
		fmt.Printf("%-40s name=%-22q kind=%-10v pkg=%q\n", t.String(), t.Name(), t.Kind(), t.PkgPath())
	}
	fmt.Println(reflect.TypeOf(nil))
	fmt.Println(reflect.TypeOf(&sh).Elem(), reflect.TypeOf(&sh).Elem().Kind(), reflect.TypeOf(&e).Elem().Name())
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k.String(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Interface, reflect.Kind(100))
	t := reflect.TypeOf(map[string]int{})
	fmt.Println(t.Key(), t.Elem(), reflect.TypeOf([3]int{}).Len(), reflect.TypeOf(&values).Elem().Elem())
	ft := reflect.TypeOf(Fn(nil))
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(1))
	ct := reflect.TypeOf(make(<-chan int))
	fmt.Println(ct.ChanDir(), reflect.TypeOf(make(chan int)).ChanDir())
	fmt.Println(reflect.TypeOf(int32(0)).Bits(), reflect.TypeOf(1.5).Bits(), reflect.TypeOf(0).Size(), reflect.TypeOf("").Size())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(MyInt(2)))
	fmt.Println(reflect.TypeFor[error](), reflect.TypeFor[[]MyInt](), reflect.PointerTo(reflect.TypeOf(0)))
	fmt.Println(reflect.TypeOf(0).Comparable(), reflect.TypeOf([]int{}).Comparable())
	errT := reflect.TypeFor[error]()
	fmt.Println(reflect.TypeOf(e).Implements(errT), reflect.TypeOf(1).Implements(errT))
	fmt.Println(reflect.TypeOf(MyInt(1)).AssignableTo(reflect.TypeOf(1)), reflect.TypeOf(e).AssignableTo(errT))
}
