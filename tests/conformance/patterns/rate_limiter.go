// Pattern: rate limiter — requests served one per time.Tick interval, and a bursty limiter allowing 3 at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(4 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("five requests took at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstReqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstReqs <- i
	}
	close(burstReqs)
	start = time.Now()
	for req := range burstReqs {
		<-bursty
		fmt.Println("bursty request", req)
		if req == 3 {
			fmt.Println("first three without waiting:", time.Since(start) < 20*time.Millisecond)
		}
	}
}
