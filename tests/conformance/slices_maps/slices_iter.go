package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"a", "b", "c", "d"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		if v == "c" {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	c := slices.Collect(slices.Values(s))
	fmt.Println(c, len(c), cap(c))
	var acc []int
	for i := 0; i < 10; i++ {
		acc = slices.AppendSeq(acc, slices.Values([]int{i, i * i}))
		fmt.Print(len(acc), "/", cap(acc), " ")
	}
	fmt.Println()
	fmt.Println(acc)
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)

	words := strings.Fields("the cat sat on the mat with the hat")
	fmt.Println(slices.Sorted(slices.Values(words)))
	fmt.Println(slices.SortedFunc(slices.Values(words), func(a, b string) int { return len(b) - len(a) }))
	fmt.Println(slices.SortedStableFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) }))

	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println(ch, len(ch), cap(ch))
	}
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4}, 2))
	chunks[0][0] = 100
	fmt.Println(chunks)

	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Print(k, "=", inv[k], " ")
	}
	fmt.Println()

	// an iterator of our own through slices functions
	count := func(n int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := n; i > 0; i-- {
				if !yield(i) {
					fmt.Println("stopped at", i)
					return
				}
			}
		}
	}
	fmt.Println(slices.Sorted(count(5)))
	for x := range count(5) {
		if x == 3 {
			break
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Chunk([]int{1}, 0)
}
