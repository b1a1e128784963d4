package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := range 3 {
		for j := range 3 {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func sumArr(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	a[0] = 1000
	return
}

func main() {
	var a [5]int
	fmt.Println(a, len(a), cap(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(b, len(b))
	c := [5]int{1, 2, 3}
	fmt.Println(c, sumArr(c), c[0])
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Transpose())
	m.Scale(2)
	fmt.Println(m[1])
	ptr := &m
	ptr.Scale(-1)
	fmt.Println(m[2][2], ptr[0][0])
	idx := [...]int{5: 1, 2, 0: 7}
	fmt.Println(idx, len(idx))
	var bools [3]bool
	bools[1] = true
	fmt.Println(bools)
	arrOfSlices := [2][]int{{1}, {2, 3}}
	cp := arrOfSlices
	cp[1][0] = 99
	cp[0] = []int{0}
	fmt.Println(arrOfSlices, cp)
	type Cell struct{ v int }
	cells := [3]Cell{}
	for i := range cells {
		cells[i].v = i * i
	}
	fmt.Println(cells)
	pc := &cells[1]
	pc.v = -1
	fmt.Println(cells)
	var zero [0]int
	fmt.Println(zero, len(zero))
	ifa := [2]interface{}{1, "a"}
	ifb := [2]interface{}{1, "a"}
	fmt.Println(ifa == ifb)
	k := 4
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(c[k])
	fmt.Println(c[k+1])
}
