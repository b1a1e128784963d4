// Checks goroutines that start goroutines recursively (a parallel Fibonacci and a tree sum).
package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	ch := make(chan int)
	go func() { ch <- fib(n - 1) }()
	go func() { ch <- fib(n - 2) }()
	return <-ch + <-ch
}

type node struct {
	val         int
	left, right *node
}

func build(depth, val int) *node {
	if depth == 0 {
		return nil
	}
	return &node{val, build(depth-1, 2*val), build(depth-1, 2*val+1)}
}

func sum(n *node, wg *sync.WaitGroup, total *int, mu *sync.Mutex) {
	defer wg.Done()
	if n == nil {
		return
	}
	mu.Lock()
	*total += n.val
	mu.Unlock()
	wg.Add(2)
	go sum(n.left, wg, total, mu)
	go sum(n.right, wg, total, mu)
}

func main() {
	for _, n := range []int{0, 1, 2, 10, 15} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	wg.Add(1)
	go sum(build(10, 1), &wg, &total, &mu)
	wg.Wait()
	fmt.Println("tree sum:", total)
}
