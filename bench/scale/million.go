// 1,000,000 goroutines parked on one channel, then released at once by
// closing it; a WaitGroup joins them. Measures goroutine creation, parking
// and wake-up at scale (time and peak memory).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1_000_000
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	released := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			released++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("released", released)
}
