package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := []int{1, 2, 3, 4, 5}
	t = append(t[:2], t...)
	fmt.Println(t, len(t), cap(t))
	u := make([]int, 3, 10)
	copy(u, []int{1, 2, 3})
	u = append(u[1:], u...)
	fmt.Println(u, cap(u))
	v := []int{1, 2, 3, 4}
	w := v[1:3]
	w = append(w, w...)
	fmt.Println(v, w, cap(w))
	a := [5]int{1, 2, 3, 4, 5}
	as := a[:2]
	as = append(as, 10, 20)
	fmt.Println(a, as)
	as = append(as, 30, 40)
	as[0] = -1
	fmt.Println(a, as)
	// swap via multiple assignment with overlapping indices
	x := []int{0, 1, 2}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	// assignment order: index expressions evaluated first
	y := []int{10, 20, 30}
	j := 1
	y[j], j = 99, 2
	fmt.Println(y, j)
	// slice of slice beyond len but within cap
	z := make([]int, 2, 6)
	zz := z[1:5]
	zz[3] = 7
	fmt.Println(len(zz), cap(zz), z[:6])
	// strings from slices are independent
	bs := []byte("abc")
	str := string(bs[:2])
	bs[0] = 'z'
	fmt.Println(str, string(bs))
	// range evaluates slice once
	r := []int{1, 2, 3}
	for i, v := range r {
		r = append(r, v*10)
		if i > 5 {
			break
		}
	}
	fmt.Println(r)
	arr := [3]int{1, 2, 3}
	for i, v := range arr[:] {
		arr[2] = 100
		if i == 2 {
			fmt.Println("slice range sees", v)
		}
	}
}
