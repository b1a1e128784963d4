// Checks atomic counters incremented concurrently by many goroutines give exact totals.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var plain int64
	var typed atomic.Int64
	var u atomic.Uint64
	var ops atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&plain, 1)
				typed.Add(2)
				u.Add(uint64(g))
			}
			ops.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println("AddInt64 total:", atomic.LoadInt64(&plain))
	fmt.Println("Int64 total:", typed.Load())
	fmt.Println("Uint64 total:", u.Load())
	fmt.Println("goroutines:", ops.Load())

	// Concurrent decrements back to zero.
	var n atomic.Int32
	n.Store(5000)
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				n.Add(-1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("after decrements:", n.Load())

	// Exactly one goroutine wins a CompareAndSwap race.
	var winner atomic.Bool
	var wins atomic.Int32
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if winner.CompareAndSwap(false, true) {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("CAS winners:", wins.Load())
}
