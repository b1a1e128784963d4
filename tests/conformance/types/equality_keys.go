package main

import "fmt"

type Key struct {
	A string
	B int
}

type Grid [2][2]int

func main() {
	m := map[Key]int{}
	m[Key{"x", 1}] = 10
	m[Key{"x", 2}] = 20
	m[Key{"x", 1}] += 5
	fmt.Println(len(m), m[Key{"x", 1}], m[Key{"y", 0}])
	am := map[[3]int]string{}
	am[[3]int{1, 2, 3}] = "a"
	k := [3]int{1, 2, 3}
	fmt.Println(am[k])
	k[0] = 0
	fmt.Println(am[k] == "")
	gm := map[Grid]bool{{{1, 2}, {3, 4}}: true}
	fmt.Println(gm[Grid{{1, 2}, {3, 4}}], gm[Grid{}])
	im := map[interface{}]int{}
	im[1] = 1
	im["1"] = 2
	im[Key{"k", 0}] = 3
	im[[2]int{1, 2}] = 4
	im[int64(1)] = 5
	fmt.Println(len(im), im[1], im["1"], im[Key{"k", 0}], im[[2]int{1, 2}], im[int64(1)], im[int32(1)])
	fm := map[float64]int{}
	fm[0.1+0.2] = 1
	fm[0.3] = 2
	fmt.Println(len(fm))
	pk := map[*int]int{}
	a, b := 1, 1
	pk[&a] = 1
	pk[&b] = 2
	fmt.Println(len(pk), pk[&a], pk[&b])
	type P struct{ X, Y int }
	pp1, pp2 := &P{1, 2}, &P{1, 2}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
	spm := map[*P]string{pp1: "one"}
	fmt.Println(spm[pp1], spm[pp2] == "")
	a1 := [3]string{"a", "b", "c"}
	a2 := a1
	fmt.Println(a1 == a2)
	a2[2] = "z"
	fmt.Println(a1 == a2, a1 != a2)
	type Nested struct {
		K Key
		Arr [2]float64
	}
	n1 := Nested{Key{"a", 1}, [2]float64{1, 2}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Arr[1] = 3
	fmt.Println(n1 == n2)
	ch := make(chan int)
	cm := map[chan int]int{ch: 1}
	fmt.Println(cm[ch])
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm[1 > 0], bm[1 < 0])
	defer func() { fmt.Println("recovered:", recover()) }()
	im[[]int{1}] = 1
}
