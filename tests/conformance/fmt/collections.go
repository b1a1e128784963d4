package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	sl := []int{3, 1, 2}
	fmt.Printf("%v|%d|%x|%5d|%-3d|%+v|%#v|%T\n", sl, sl, sl, sl, sl, sl, sl, sl)
	arr := [3]int{1, 2, 3}
	fmt.Printf("%v|%#v|%T\n", arr, arr, arr)
	m := map[string]int{"zeta": 1, "alpha": 2, "mid": 3}
	fmt.Printf("%v|%+v|%#v|%T\n", m, m, m, m)
	fmt.Println(m)
	mi := map[int]string{10: "a", -5: "b", 3: "c"}
	fmt.Println(mi)
	mf := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mk := map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}
	fmt.Println(mk)
	ma := map[[2]int]int{{2, 1}: 1, {1, 2}: 2}
	fmt.Println(ma)
	many := map[any]int{"b": 1, "a": 3, "c": 4}
	fmt.Println(many)
	var nm map[string]int
	var ns []string
	var ni any
	var ne error
	fmt.Printf("%v|%#v|%v|%#v|%v|%#v|%v|%#v\n", nm, nm, ns, ns, ni, ni, ne, ne)
	fmt.Printf("%d|%s|%x\n", ni, ni, ni)
	fmt.Println(nm, ns, ni, ne)
	es := []string{}
	em := map[int]int{}
	fmt.Printf("%v|%#v|%v|%#v\n", es, es, em, em)
	nested := map[string][]int{"b": {1}, "a": nil}
	fmt.Printf("%v %#v\n", nested, nested)
	ifs := []any{1, "a", nil, 2.5, []int{1}, K{1, "x"}}
	fmt.Printf("%v\n%+v\n%#v\n", ifs, ifs, ifs)
	strs := []string{"a b", "c"}
	fmt.Printf("%v %q %#v\n", strs, strs, strs)
	fmt.Printf("%v\n", [][]string{{"a"}, {"b", "c"}})
	fmt.Printf("%#v\n", [2][]int{{1}, nil})
	fmt.Printf("%#v\n", map[string]any{"x": 1, "y": "s"})
	fmt.Printf("%x %X\n", []int{255, 16}, [2]uint8{1, 171})
	fmt.Printf("%6.2f\n", []float64{1, 2.345})
	fmt.Printf("%#v %#v\n", []float64{1, 2.5}, []bool{true})
	fmt.Printf("%#v\n", map[K]bool{{1, "a"}: true})
	type pt struct{ X, Y int }
	fmt.Printf("%v %+v\n", map[string]pt{"o": {0, 0}}, []pt{{1, 2}})
}
