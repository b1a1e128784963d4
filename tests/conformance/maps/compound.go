package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	people := map[string]Person{"al": {"Al", 30}}
	p := people["al"]
	p.Age++
	people["al"] = p
	fmt.Println(people["al"])
	ptrs := map[string]*Person{"bo": {"Bo", 20}}
	ptrs["bo"].Age += 5
	fmt.Println(*ptrs["bo"])
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups, len(groups["a"]))
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)
	sets := map[int]struct{}{}
	for _, v := range []int{3, 1, 3, 2, 1} {
		sets[v] = struct{}{}
	}
	fmt.Println(len(sets), sets)
	_, has := sets[2]
	fmt.Println(has)
	counts := map[bool]int{}
	for i := 0; i < 7; i++ {
		counts[i%2 == 0]++
	}
	fmt.Println(counts)
	arrm := map[string][2]int{}
	a := arrm["k"]
	a[0] = 1
	arrm["k"] = a
	fmt.Println(arrm)
	fm := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	fmt.Println(fm["sq"](9))
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	fmt.Println(len(m), s)
	clear(m)
	fmt.Println(len(m))
	lit := map[[2]string]int{{"a", "b"}: 1, {"c", "d"}: 2}
	fmt.Println(lit[[2]string{"c", "d"}])
	fmt.Printf("%v %d\n", map[string]bool{"t": true, "f": false}, map[string]int{"z": 26, "a": 1})
}
