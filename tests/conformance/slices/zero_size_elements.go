package main

import "fmt"

type E struct{}

func main() {
	s := make([]struct{}, 1<<62)
	fmt.Println(len(s), cap(s))
	s[1<<61] = struct{}{}
	t := s[5:10]
	fmt.Println(len(t), t[0], t)
	u := s[1<<60:]
	fmt.Println(len(u), cap(u))
	a := make([][0]int, 3, 1<<40)
	a = append(a, [0]int{})
	fmt.Println(len(a), cap(a), a)
	e := make([]E, 2)
	fmt.Println(e, &e[0] != nil)
	for i, v := range s[:3] {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	defer func() { fmt.Println(recover()) }()
	n := -1
	_ = make([]struct{}, n)
}
