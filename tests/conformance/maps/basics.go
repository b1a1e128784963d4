package main

import "fmt"

func main() {
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	v, ok := nm["x"]
	fmt.Println(v, ok)
	delete(nm, "x")
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["z"]++
	fmt.Println(len(m), m["a"], m["z"], m["missing"])
	if v, ok := m["b"]; ok {
		fmt.Println("found b", v)
	}
	if _, ok := m["q"]; !ok {
		fmt.Println("no q")
	}
	delete(m, "b")
	delete(m, "nonexistent")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	fmt.Println(m)
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	mm := make(map[int]string, 100)
	fmt.Println(len(mm))
	for i := 0; i < 10; i++ {
		mm[i%3] += fmt.Sprint(i)
	}
	fmt.Println(mm)
	mf := map[float64]string{1.5: "x", -0.0: "z"}
	fmt.Println(mf[1.5], mf[0])
	mr := map[rune]int{}
	for _, r := range "hello world" {
		mr[r]++
	}
	fmt.Println(mr['l'], mr['o'], mr[' '], len(mr))
	type K struct{ a, b int }
	mk := map[K][]int{}
	mk[K{1, 2}] = append(mk[K{1, 2}], 5)
	mk[K{1, 2}] = append(mk[K{1, 2}], 6)
	fmt.Println(mk)
	var iface map[interface{}]string = map[interface{}]string{}
	iface[1] = "int"
	iface[int8(1)] = "int8"
	iface["1"] = "str"
	v2, ok2 := iface[int8(1)]
	fmt.Println(len(iface), v2, ok2, iface[1])
	delete(iface, 1)
	fmt.Println(len(iface))
	iface[true] = "b"
	iface[true] += "!"
	fmt.Println(iface[true])
	defer func() { fmt.Println("recovered:", recover()) }()
	nm["boom"] = 1
}
