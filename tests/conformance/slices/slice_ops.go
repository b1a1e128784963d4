package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 99)
	fmt.Println(s, len(s), cap(s))
	reverse(s)
	fmt.Println(s)
	orig := []int{1, 2, 3, 4, 5, 6, 7, 8}
	ev := filterInPlace(orig, func(v int) bool { return v%2 == 0 })
	fmt.Println(ev, orig)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		fmt.Print(queue[0])
		queue = queue[1:]
	}
	fmt.Println(cap(queue))
	arr := [...]int{5, 4, 3, 9: 1}
	fmt.Println(len(arr), arr)
	sl := []string{2: "c", 0: "a"}
	fmt.Printf("%q\n", sl)
	a2 := [...]string{"x", "y"}
	fmt.Printf("%T\n", a2)
	conv := [3]int(orig[:3])
	conv[0] = 100
	fmt.Println(conv, orig[:3])
	pa := (*[8]int)(orig) // whole backing array: shared
	pa[0] = -7
	fmt.Println(orig[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = [10]int(orig)
}
