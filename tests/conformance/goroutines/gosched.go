// Checks runtime.Gosched letting other goroutines run while main polls a flag.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	var steps atomic.Int32
	go func() {
		for i := 0; i < 5; i++ {
			steps.Add(1)
			runtime.Gosched()
		}
		ready.Store(true)
	}()
	yields := 0
	for !ready.Load() {
		runtime.Gosched()
		yields++
	}
	fmt.Println("steps:", steps.Load())
	fmt.Println("main yielded at least once:", yields > 0)

	// Gosched in a goroutine with nothing else to run simply returns.
	done := make(chan string)
	go func() {
		runtime.Gosched()
		runtime.Gosched()
		done <- "gosched returned"
	}()
	fmt.Println(<-done)
	runtime.Gosched()
	fmt.Println("end")
}
