package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(1.5, 2), max(2.5, 1), min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	fmt.Printf("%T %T\n", min(1, 2.0), max(x, 3))
	const c = min(1, 2, -3)
	fmt.Println(c)
	f := 0.0
	nan := f / f
	fmt.Println(min(nan, 1), max(1, nan))
	negz := -f
	fmt.Println(min(f, negz), max(negz, f))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	m["c"] = 3
	fmt.Println(m)
	var nm map[int]int
	clear(nm)
	type P struct{ A int }
	ps := []P{{1}, {2}}
	clear(ps[1:])
	fmt.Println(ps)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	ptrs := []*int{&x}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil)
}
