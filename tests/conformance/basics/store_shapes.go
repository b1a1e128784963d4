// Stores of every shape the compiler specialises: slice elements, op-assign
// on locals, slice elements and fields, two-way parallel assignment, with the
// panics they can raise recovered and printed.
package main

import "fmt"

type P struct{ x, y float64 }
type N struct{ n int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 0, 3
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	i, j = j, i
	fmt.Println(i, j)
	i, i = 5, 6
	fmt.Println(i)
	k := 1
	s[k] = s[k] * 10
	s[k+1] += 7
	s[2] -= 1
	s[k] *= 2
	s[k] /= 3
	s[k] %= 4
	s[k] <<= 2
	s[k] |= 1
	fmt.Println(s)
	t := s[1:3]
	t[1] = 99
	t[0], t[1] = t[1], t[0]
	fmt.Println(s, t)
	x := 9223372036854775807
	x += 1
	fmt.Println(x)
	x -= 1
	fmt.Println(x)
	y := 3
	x += y
	fmt.Println(x)
	f := 1.5
	f += 2
	f *= f
	f -= 0.25
	fmt.Println(f)
	p := &P{1, 2}
	p.x += 3
	p.y *= p.x
	var q P
	q.x -= 1
	fmt.Println(*p, q)
	var ss []string
	ss = append(ss, "a")
	ss[0] += "b"
	fmt.Println(ss)
	var u8 uint8 = 250
	u8 += 10
	var i16 int16 = 32767
	i16 += 1
	fmt.Println(u8, i16)
	try("store", func() { s[4] = 1 })
	try("store neg", func() { n := -1; s[n] = 1 })
	try("swap", func() { s[0], s[5] = s[5], s[0] })
	try("swap lhs", func() { a, b := 0, 7; s[a], s[b] = 1, 2 })
	var arr [3]int
	try("array lhs", func() { a, b := 1, 5; arr[a], arr[b] = 7, 8 })
	var pa *[3]int
	try("nil array", func() { a := 1; arr[a], pa[a] = 9, 9 })
	fmt.Println(arr)
	try("op-assign", func() { s[9] += 1 })
	try("field", func() { var np *N; np.n += 1 })
	try("div", func() { z := 0; s[0] /= z })
	try("order", func() { s[get(s, 8)] = get(s, 9) })
	fmt.Println(s)
}
