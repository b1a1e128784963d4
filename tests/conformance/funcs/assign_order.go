package main

import "fmt"

var i int
var a = []int{0, 0, 0}
var b = []int{0, 0, 0}
var x, y int
var p = &x

func f() int  { i = 2; return 5 }
func g() int  { p = &y; return 7 }
func h() int  { a = b; return 9 }

type S struct{ v int }

var sp = &S{}
var sq = &S{}

func k() int { sp = sq; return 3 }

func main() {
	a[i] = f()
	fmt.Println(a, i)
	*p = g()
	fmt.Println(x, y)
	a[0] = h()
	fmt.Println(a, b)
	sp.v = k()
	fmt.Println(sp.v, sq.v)
	m := map[int]int{}
	key := 1
	m[key] = func() int { key = 2; return 1 }()
	fmt.Println(m)
	arr := [3]int{}
	j := 0
	arr[j] = func() int { j = 2; return 4 }()
	fmt.Println(arr)
}
