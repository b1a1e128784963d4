package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(nums...)
var nums = []int{1, 2, 3}

var x, y = pair()

func pair() (int, string) {
	fmt.Println("pair called")
	return 7, "seven"
}

func f(s string) int {
	fmt.Println("init", s, d)
	return len(s) + d
}

func sum(xs ...int) int {
	t := 0
	for _, v := range xs {
		t += v
	}
	return t
}

var counter int

func init() {
	counter++
	fmt.Println("init 1", a, b, c, counter)
}

func init() {
	counter++
	fmt.Println("init 2", total, x, y, counter)
}

var m = map[string]int{"k": d * 2}

type T struct{ v int }

var pt = &T{v: len(m)}

func main() {
	fmt.Println("main", a, b, c, d, total, m, pt.v, counter)
}
