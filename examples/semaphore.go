// Pattern: semaphore made of a buffered channel.
//
// A channel with capacity N holds at most N values, so "send to acquire,
// receive to release" lets at most N goroutines be inside a section at once.
// Here 8 goroutines want to "download", but only 3 may do so at a time.
//
// What to look at:
//   - `sem <- struct{}{}` blocks while 3 tokens are already in the channel;
//   - `defer func() { <-sem }()` releases the token even if the work panics
//     or returns early;
//   - an atomic counter measures how many goroutines are inside at once; the
//     maximum it ever reaches is what we print: it is exactly 3, because the
//     short sleep makes sure the first three overlap.
//
// Common mistakes: an unbuffered channel (capacity 0 means nobody gets in),
// and forgetting to release, which slowly starves everybody.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit) // capacity = number of permits

	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	done := make([]bool, 8)

	for i := 0; i < len(done); i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}        // acquire: blocks while `limit` holders exist
			defer func() { <-sem }() // release, whatever happens below

			n := inside.Add(1)
			for { // record the highest concurrency seen (lock-free max)
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(50 * time.Millisecond) // the "download"
			inside.Add(-1)
			done[id] = true // each goroutine writes only its own element: no race
		}(i)
	}
	wg.Wait()

	fmt.Println("all done:", allTrue(done))
	fmt.Printf("max concurrent: %d (limit %d)\n", maxInside.Load(), limit)
	fmt.Println("permits in use at the end:", len(sem))
}

func allTrue(xs []bool) bool {
	for _, x := range xs {
		if !x {
			return false
		}
	}
	return true
}
