package main

import "fmt"

type S struct {
	Arr  [3]int
	Sl   []int
	M    map[string]int
	Ptr  *int
	Name string
}

func modify(s S) {
	s.Arr[0] = 100
	s.Sl[0] = 100
	s.M["k"] = 100
	*s.Ptr = 100
	s.Name = "changed"
}

func modArr(a [3]int) [3]int {
	a[1] = -1
	return a
}

func main() {
	n := 1
	s := S{[3]int{1, 2, 3}, []int{1, 2, 3}, map[string]int{"k": 1}, &n, "orig"}
	modify(s)
	fmt.Println(s.Arr, s.Sl, s.M, *s.Ptr, s.Name)
	a := [3]int{1, 2, 3}
	b := modArr(a)
	fmt.Println(a, b)
	c := a
	c[0] = 9
	fmt.Println(a, c)
	arrs := [][3]int{{1, 1, 1}}
	x := arrs[0]
	x[0] = 5
	fmt.Println(arrs, x)
	for _, v := range arrs {
		v[1] = 7
	}
	fmt.Println(arrs)
	structs := []S{s}
	structs[0].Arr[2] = 42
	fmt.Println(s.Arr, structs[0].Arr)
	m := map[int][2]int{1: {1, 2}}
	v := m[1]
	v[0] = 100
	fmt.Println(m, v)
	var i interface{} = a
	a[0] = 77
	fmt.Println(i, a)
	back := i.([3]int)
	back[0] = 55
	fmt.Println(i, back)
	type W struct{ In [2]int }
	w1 := W{}
	w2 := w1
	w2.In[0] = 1
	fmt.Println(w1, w2)
	p := &w1
	w3 := *p
	w3.In[1] = 3
	fmt.Println(w1, w3)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 0
	fmt.Println(grid, row)
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid, g2)
	ch := make(chan [2]int, 1)
	arr := [2]int{1, 2}
	ch <- arr
	arr[0] = 9
	fmt.Println(<-ch, arr)
	ss := []W{{}}
	ss = append(ss, w2)
	w2.In[0] = 99
	fmt.Println(ss)
	aa, bb := [2]int{1, 2}, [2]int{3, 4}
	aa, bb = bb, aa
	fmt.Println(aa, bb)
}
