package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst2 := make([]int, 10)
	n = copy(dst2, src)
	fmt.Println(n, dst2)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var nilS []int
	fmt.Println(copy(nilS, src), copy(src, nilS))
	arr := [4]int{}
	copy(arr[:], src)
	fmt.Println(arr)
	strs := []string{"a", "b"}
	cs := make([]string, len(strs))
	copy(cs, strs)
	cs[0] = "z"
	fmt.Println(strs, cs)
	type P struct{ V [2]int }
	ps := []P{{[2]int{1, 2}}}
	pc := make([]P, 1)
	copy(pc, ps)
	pc[0].V[0] = 99
	fmt.Println(ps, pc)
	cl := append([]int(nil), src...)
	cl[0] = 0
	fmt.Println(src, cl)
}
