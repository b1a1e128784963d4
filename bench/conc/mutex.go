// mutex: 4 goroutines each increment a shared counter 100,000 times under
// a sync.Mutex; a sync.WaitGroup waits for them. Measures Lock/Unlock and
// method calls on a struct holding the mutex.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	const workers = 4
	const perWorker = 100000
	var c Counter
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("goroutines: %d increments each: %d\n", workers, perWorker)
	fmt.Printf("counter: %d\n", c.n)
}
