package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func idx(s string, v int) int { return t(s, v) }

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }
func (p *P) Inc()    { p.x++ }

func get() (int, int) { return t("g1", 1), t("g2", 2) }

func main() {
	a := []int{0, 0, 0, 0}
	a[idx("i", 1)], a[idx("j", 2)] = t("v1", 10), t("v2", 20)
	fmt.Println(a, trace)
	trace = nil
	m := map[int]int{}
	m[t("k", 1)] = t("v", 2) + t("w", 3)
	fmt.Println(m, trace)
	trace = nil
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	fmt.Println(t("p1", 1), t("p2", 2), trace)
	trace = nil
	s := []int{t("e1", 1), t("e2", 2)}
	mm := map[int]int{t("mk1", 1): t("mv1", 1), t("mk2", 2): t("mv2", 2)}
	fmt.Println(s, len(mm), trace)
	trace = nil
	ps := map[string]P{"a": {1, 2}}
	fmt.Println(ps["a"].Sum())
	pp := map[string]*P{"a": {1, 2}}
	pp["a"].Inc()
	pp["a"].x += 5
	fmt.Println(*pp["a"])
	arr := [3]P{}
	arr[t("ai", 1)].Inc()
	fmt.Println(arr, trace)
	trace = nil
	var i int
	i, a[i] = t("x", 2), t("y", 99)
	fmt.Println(i, a, trace)
	trace = nil
	f := func() []int { trace = append(trace, "f"); return a }
	f()[t("fi", 0)] = t("fv", 7)
	fmt.Println(a, trace)
	q, r := get()
	fmt.Println(q, r)
	type S struct{ str string }
	ss := S{"a"}
	ss.str += "b"
	ss.str = ss.str + ss.str
	fmt.Println(ss)
	b := []int{1, 2, 3}
	j := 0
	j, b[j], b[j+1] = j+1, 10, 20
	fmt.Println(j, b)
}
