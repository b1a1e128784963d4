// Checks that goroutines spinning in tight loops do not starve the goroutine that releases them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var flag atomic.Bool
	var spins [3]int64
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := int64(0)
			for !flag.Load() {
				n++
			}
			spins[i] = n
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		sum := 0
		for i := 1; i <= 100000; i++ {
			sum += i
		}
		fmt.Println("setter computed", sum)
		flag.Store(true)
	}()
	wg.Wait()
	fmt.Println("all spinners released")

	// A spinner with an empty loop body, released by main.
	var go2 atomic.Int32
	done := make(chan bool)
	go func() {
		for go2.Load() == 0 {
		}
		done <- true
	}()
	go2.Store(1)
	fmt.Println("released:", <-done)
}
