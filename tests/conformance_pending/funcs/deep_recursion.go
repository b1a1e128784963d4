package main

import "fmt"

// Go's goroutine stacks grow to 1 GB: recursion 500,000 calls deep works, in
// main and in another goroutine. minigo needs the run thread's 512 MiB stack
// (runner.run_program resets threading.stack_size to 0 before t.start(), so
// the thread gets the default 8 MiB) and a recursion limit above ~5 Python
// frames per Go call (RECURSION_LIMIT is 1,000,000: about 200,000 Go calls).

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
