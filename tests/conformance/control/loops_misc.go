package main

import "fmt"

func main() {
	// range over array pointer by index doesn't copy
	var big [5]int
	for i := range big {
		big[i] = i * i
	}
	fmt.Println(big)
	// range over a string with byte conversion
	for i, b := range []byte("hé") {
		fmt.Print(i, ":", b, " ")
	}
	fmt.Println()
	// nested ranges with shadowing
	for i := range 2 {
		for i := range 2 {
			fmt.Print(i)
		}
		fmt.Print("|", i, " ")
	}
	fmt.Println()
	// modifying map during range: deleted entries not produced
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	seen := 0
	for k := range m {
		seen++
		for j := 1; j <= 4; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(seen, len(m))
	// loop with multiple conditions and complex post
	for i, j := 0, 100; i < j && j > 90; i, j = i+3, j-1 {
		fmt.Print(i, "/", j, " ")
	}
	fmt.Println()
	// range over channel with break
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	for s := range ch {
		fmt.Print(s)
		if s == "b" {
			break
		}
	}
	fmt.Println(len(ch))
	// infinite loop with return from closure
	find := func(xs []int, t int) int {
		i := 0
		for {
			if i >= len(xs) {
				return -1
			}
			if xs[i] == t {
				return i
			}
			i++
		}
	}
	fmt.Println(find([]int{4, 5, 6}, 6), find(nil, 1))
	// range over a function call result evaluated once
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls", calls)
	// range with only index over string counts bytes boundaries
	n := 0
	for range "日本" {
		n++
	}
	fmt.Println(n)
	var arrp *[3]string = &[3]string{"p", "q", "r"}
	for i, v := range arrp {
		fmt.Print(i, v)
	}
	fmt.Println()
}
