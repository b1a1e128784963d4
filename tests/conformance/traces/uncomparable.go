// Comparing two interfaces holding slices panics at the comparison.
package main

import "fmt"

func same(a, b any) bool {
	return a == b
}

func main() {
	fmt.Println(same(1, 1))
	fmt.Println(same([]int{1}, []int{1}))
}
