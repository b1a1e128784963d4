// Pattern: a counter protected by a mutex, with a WaitGroup to wait.
//
// `count++` is three steps (load, add, store). Two goroutines doing it at
// the same time can both load the same old value and one increment is
// lost. sync.Mutex makes the three steps a critical section: only one
// goroutine at a time runs between Lock and Unlock. sync.WaitGroup lets main
// wait until every goroutine has finished before reading the total.
//
// What to look at:
//   - the mutex lives next to the data it guards, in the same struct;
//   - methods use a pointer receiver: copying a struct that contains a
//     Mutex copies the lock too, and the copy protects nothing;
//   - `defer c.mu.Unlock()` right after Lock, so every return path unlocks;
//   - wg.Add(1) before `go`, wg.Done() deferred in the goroutine.
//
// Common mistakes: reading the counter before wg.Wait() returns, and
// forgetting Unlock on an early return (the next Lock then deadlocks).
// `go run -race` finds unguarded versions of this program.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock() // maps are not safe for concurrent writes either
	c.n[key]++
}

func (c *Counter) Value(key string) int {
	c.mu.Lock() // reads need the lock too, or they may see a half-done write
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup

	const goroutines, perGoroutine = 50, 100
	for i := 0; i < goroutines; i++ {
		wg.Add(1) // counted before the goroutine can possibly finish
		go func(i int) {
			defer wg.Done()
			for j := 0; j < perGoroutine; j++ {
				c.Inc("total")
				if i%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait() // every Inc has happened once Wait returns

	fmt.Println("total:", c.Value("total"), "want", goroutines*perGoroutine)
	fmt.Println("even: ", c.Value("even"), "want", goroutines/2*perGoroutine)
}
