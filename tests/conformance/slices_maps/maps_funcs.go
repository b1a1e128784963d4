package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type key struct {
	A string
	B int
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	c["a"] = 10
	fmt.Println(maps.Equal(m, c), m["a"])

	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil, maps.Equal(nm, map[string]int{}))

	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)

	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(dst)

	fmt.Println(maps.EqualFunc(map[int]string{1: "A", 2: "b"}, map[int]string{1: "a", 2: "B"}, strings.EqualFold))

	sm := map[key][]int{{"x", 1}: {1}, {"y", 2}: {2, 2}, {"x", 2}: {3}}
	ks := slices.SortedFunc(maps.Keys(sm), func(p, q key) int {
		if p.A != q.A {
			return strings.Compare(p.A, q.A)
		}
		return p.B - q.B
	})
	fmt.Println(ks)
	sm2 := maps.Clone(sm)
	sm2[key{"x", 1}][0] = 99 // values are shared slices, as in Go
	fmt.Println(sm[key{"x", 1}])

	total := 0
	for k, v := range maps.All(m) {
		total += len(k) * v
	}
	fmt.Println(total)

	ins := map[int]int{}
	maps.Insert(ins, slices.All([]int{5, 6, 7}))
	fmt.Println(ins)
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col, len(col))

	type pair struct{ x, y int }
	pm := map[string]pair{"p": {1, 2}}
	pc := maps.Clone(pm)
	pc["p"] = pair{3, 4}
	fmt.Println(pm, pc)

	ifm := map[any]int{1: 1, "1": 2, 1.0: 3}
	fmt.Println(len(maps.Clone(ifm)), maps.Equal(ifm, maps.Clone(ifm)))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilm map[string]int
	maps.Copy(nilm, map[string]int{"a": 1})
}
