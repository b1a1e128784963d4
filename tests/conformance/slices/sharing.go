package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	b := a[2:5]
	fmt.Println(b, len(b), cap(b))
	b[0] = 20
	fmt.Println(a)
	b = append(b, 50)
	fmt.Println(a, b)
	c := a[6:]
	c = append(c, 80, 90)
	c[0] = 600
	fmt.Println(a, c, len(c), cap(c))
	d := b[:cap(b)]
	fmt.Println(d)
	e := a[1:3:4]
	fmt.Println(e, len(e), cap(e))
	e = append(e, 100)
	fmt.Println(a)
	e = append(e, 200)
	e[0] = -1
	fmt.Println(a, e, cap(e))
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	s[0] = 22
	s = append(s, 44)
	fmt.Println(arr, s)
	p := &arr
	ps := p[:2]
	ps[1] = 0
	fmt.Println(arr, len(p[3:]), cap(arr[2:4:5]))
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8])
	full := a[:]
	full[7] = 777
	fmt.Println(a[7])
	var empty = a[3:3]
	fmt.Println(len(empty), cap(empty), empty == nil)
	ss := make([]int, 3, 10)
	t1 := append(ss, 1)
	t2 := append(ss, 2)
	fmt.Println(t1[3], t2[3])
	defer func() { fmt.Println("recovered:", recover()) }()
	i, j := 2, 1
	fmt.Println(a[i:j])
}
