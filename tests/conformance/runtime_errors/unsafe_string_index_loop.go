package main

import "fmt"

func sum(xs []int, n int) int {
	t := 0
	for i := 0; i <= n; i++ {
		t += xs[i]
	}
	return t
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}, 2))
	fmt.Println(sum([]int{1, 2, 3}, 3))
}
