// Checks: a ping-pong pair that runs for up to 200 ms: the goroutine readied
// into runnext inherits the time slice, so the pair is preempted after ~10 ms
// and a goroutine waiting in the local run queue gets to run while the pair
// is still going (it would starve until the end if each hand-off got a new
// slice).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var otherRan atomic.Bool
	ping := make(chan int)
	pong := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range ping {
			pong <- v
		}
	}()
	time.Sleep(20 * time.Millisecond) // the ponger blocks receiving on ping
	go func() {
		defer wg.Done()
		otherRan.Store(true)
	}()
	start := time.Now()
	sawOther := false
	for time.Since(start) < 200*time.Millisecond {
		ping <- 1
		<-pong
		if otherRan.Load() {
			sawOther = true
			break
		}
	}
	fmt.Println("other ran while the pair was running:", sawOther)
	close(ping)
	wg.Wait()
}
