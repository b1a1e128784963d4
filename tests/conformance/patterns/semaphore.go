// Pattern: bounded parallelism — a buffered channel as a semaphore limits concurrent goroutines to 3.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, maxActive atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				m := maxActive.Load()
				if n <= m || maxActive.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			results[i] = i * 3
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("max concurrent <= limit:", maxActive.Load() <= limit)
	fmt.Println("semaphore empty at end:", len(sem))
}
