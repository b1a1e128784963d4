package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	vals := []any{42, int8(-3), uint16(9), 2.5, float32(0.5), "héllo", true, []int{1, 2, 3}, [2]string{"a", "b"},
		map[string]int{"b": 2, "a": 1}, &Point{1, 2}, Point{3, 4}, nil, complex(1, -1), make([]byte, 2, 5)}
	for _, x := range vals {
		v := reflect.ValueOf(x)
		fmt.Printf("%-12v valid=%v", v.Kind(), v.IsValid())
		if !v.IsValid() {
			fmt.Println()
			continue
		}
		switch v.Kind() {
		case reflect.Int, reflect.Int8:
			fmt.Print(" Int=", v.Int(), " CanInt=", v.CanInt())
		case reflect.Uint16:
			fmt.Print(" Uint=", v.Uint())
		case reflect.Float64, reflect.Float32:
			fmt.Print(" Float=", v.Float())
		case reflect.String:
			fmt.Print(" String=", v.String(), " Len=", v.Len(), " Index(1)=", v.Index(1))
		case reflect.Bool:
			fmt.Print(" Bool=", v.Bool())
		case reflect.Slice, reflect.Array:
			fmt.Print(" Len=", v.Len(), " [0]=", v.Index(0), " type=", v.Type())
			if v.Kind() == reflect.Slice {
				fmt.Print(" Cap=", v.Cap())
			}
		case reflect.Map:
			keys := v.MapKeys()
			sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
			for _, k := range keys {
				fmt.Print(" ", k, "=", v.MapIndex(k))
			}
			fmt.Print(" missing=", v.MapIndex(reflect.ValueOf("zz")).IsValid())
		case reflect.Pointer:
			fmt.Print(" Elem=", v.Elem(), " IsNil=", v.IsNil(), " Elem.X=", v.Elem().Field(0))
		case reflect.Struct:
			fmt.Print(" NumField=", v.NumField(), " Y=", v.Field(1).Int(), " String()=", v.String())
		case reflect.Complex128:
			fmt.Print(" Complex=", v.Complex())
		}
		fmt.Printf(" zero=%v iface=%v\n", v.IsZero(), v.Interface())
	}
	var np *Point
	var ni any
	var ns []int
	var nm map[int]int
	var nf func()
	for _, x := range []any{np, ns, nm, nf, &ni} {
		v := reflect.ValueOf(x)
		fmt.Print(v.Kind(), " nil=", v.IsNil(), " zero=", v.IsZero(), "; ")
	}
	fmt.Println()
	iv := reflect.ValueOf(&ni).Elem()
	fmt.Println(iv.Kind(), iv.IsNil(), iv.Elem().IsValid())
	ni = 7
	fmt.Println(iv.Elem(), iv.Elem().Kind(), iv.Elem().Type())
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero(), reflect.ValueOf("").IsZero())
	fmt.Println(reflect.Zero(reflect.TypeOf(Point{})), reflect.Indirect(reflect.ValueOf(&Point{5, 6})), reflect.Indirect(reflect.ValueOf(8)))
	it := reflect.ValueOf(map[string]bool{"only": true}).MapRange()
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
	var m = map[Point]string{{1, 1}: "a"}
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf(Point{1, 1})))
}
