package main

import "fmt"

// (*[N]T)(s) must alias s's backing array even when s does not start at its
// beginning or is shorter than it (minigo: a view of the backing list's range).
func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[2]int)(s[1:])
	p[0] = 20
	fmt.Println(s)
	q := (*[3]int)(s)
	q[2] = 30
	fmt.Println(s)
}
