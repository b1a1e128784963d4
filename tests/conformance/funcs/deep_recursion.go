package main

import "fmt"

// Go's goroutine stacks grow to 1 GB: recursion 500,000 calls deep works, in
// main and in another goroutine, and a 300,000-long list is walked recursively
// through a method.

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

type node struct{ next *node }

func (n *node) depth() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.depth()
}

func main() {
	fmt.Println(sum(500000))
	done := make(chan int)
	go func() { done <- sum(500000) }()
	fmt.Println(<-done)
	var list *node
	for i := 0; i < 300000; i++ {
		list = &node{list}
	}
	fmt.Println(list.depth())
}
