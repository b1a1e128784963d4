// Checks runtime.NumGoroutine at points where the count is determined.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	// The five goroutines exist until they return, blocked or not.
	fmt.Println("with 5 blocked goroutines:", runtime.NumGoroutine())

	close(release)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after they returned:", runtime.NumGoroutine())

	// A goroutine blocked forever still counts.
	never := make(chan int)
	ready := make(chan bool)
	go func() {
		ready <- true
		<-never
	}()
	<-ready
	fmt.Println("with one stuck goroutine:", runtime.NumGoroutine())
}
