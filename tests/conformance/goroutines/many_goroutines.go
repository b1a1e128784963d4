// Checks 10,000 goroutines joined by a WaitGroup, combining results with a mutex and a channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum)

	// Each goroutine sends one value; the receiver counts them.
	results := make(chan int, 100)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i % 7
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var hist [7]int
	count := 0
	for r := range results {
		hist[r]++
		count++
	}
	fmt.Println("received:", count)
	fmt.Println("histogram:", hist)
}
