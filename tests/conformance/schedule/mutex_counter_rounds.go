// Checks: three goroutines each take the mutex three times, yielding with
// Gosched while holding it; the acquisition order shows barging and the
// semaphore queue.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []string
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				order = append(order, fmt.Sprint(name, i))
				runtime.Gosched()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
