package main

import "fmt"

type T struct {
	A int
	B [3]int
	C *T
}

func main() {
	t := T{A: 1}
	pa := &t.A
	*pa = 10
	pb := &t.B[1]
	*pb = 20
	fmt.Println(t.A, t.B)
	arr := [4]int{1, 2, 3, 4}
	pe := &arr[2]
	*pe *= 10
	fmt.Println(arr)
	s := []int{1, 2, 3}
	ps := &s[0]
	s[0] = 50
	fmt.Println(*ps)
	s = append(s, 4) // reallocates: ps keeps old backing
	s[0] = 60
	fmt.Println(*ps, s[0])
	pp := &t
	pp.C = &T{A: 5}
	pp.C.B[0] = 7
	fmt.Println(t.C.A, t.C.B)
	x := 1
	px := &x
	ppx := &px
	**ppx = 2
	fmt.Println(x, *px == **ppx)
	sp := &[]string{"a", "b"}
	(*sp)[1] = "z"
	*sp = append(*sp, "c")
	fmt.Println(*sp, len(*sp))
	mp := &map[string]int{"k": 1}
	(*mp)["k"]++
	fmt.Println(*mp)
	ap := &[2]int{1, 2}
	ap[0] = 3
	fmt.Println(*ap, len(ap))
	tp := &T{}
	tp.B[2] = 9
	q := tp
	q.A = 4
	fmt.Println(*tp == *q, tp == q, tp.A)
	var np *T
	fmt.Println(np == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(np.A)
}
