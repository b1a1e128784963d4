// waitgroup: start 100,000 goroutines, each adding its index to an atomic
// counter, and wait for all of them with a sync.WaitGroup. Measures
// goroutine creation, scheduling and teardown.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var counter atomic.Int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counter.Add(int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Printf("goroutines: %d\n", n)
	fmt.Printf("counter: %d\n", counter.Load())
}
