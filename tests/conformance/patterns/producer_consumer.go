// Pattern: producer/consumer with a done channel — consumers stop when the producer signals done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	items := make(chan int, 4)
	done := make(chan struct{})
	var consumed sync.Map
	var wg sync.WaitGroup

	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case it := <-items:
					consumed.Store(it, c)
				case <-done:
					// Drain what is left, then stop.
					for {
						select {
						case it := <-items:
							consumed.Store(it, c)
						default:
							return
						}
					}
				}
			}
		}()
	}

	for i := 1; i <= 10; i++ {
		items <- i
	}
	close(done)
	wg.Wait()

	var keys []int
	consumed.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("consumed:", keys)

	// A single consumer reporting back on a done channel when the input is closed.
	in := make(chan string)
	finished := make(chan int)
	go func() {
		n := 0
		for s := range in {
			n += len(s)
		}
		finished <- n
	}()
	for _, s := range []string{"go", "is", "fun"} {
		in <- s
	}
	close(in)
	fmt.Println("characters consumed:", <-finished)
}
