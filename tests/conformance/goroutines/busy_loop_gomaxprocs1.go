// Checks that with GOMAXPROCS(1) a goroutine in an endless `for {}`-style loop is preempted.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop atomic.Bool
	var counted atomic.Int64
	done := make(chan struct{})
	go func() {
		n := int64(0)
		for !stop.Load() {
			n++
		}
		counted.Store(n)
		close(done)
	}()
	// Main must get the processor back from the spinning goroutine.
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main runs again")
	stop.Store(true)
	<-done
	fmt.Println("spinner stopped, counted something:", counted.Load() > 0)

	// An endless loop left running does not keep the program alive.
	go func() {
		for {
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main returns while a goroutine spins")
}
