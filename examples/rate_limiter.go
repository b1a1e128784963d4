// Pattern: rate limiting with a ticker.
//
// A time.Ticker delivers a value on its channel C at a fixed interval.
// Receiving from it before each request spaces the requests out: at most one
// request per tick. A bursty limiter adds a buffered channel pre-filled with
// tokens, so a few requests may go at once before the steady rate applies.
//
// What to look at:
//   - `<-ticker.C` is the whole limiter: it blocks until the next tick;
//   - `defer ticker.Stop()`: a ticker keeps firing until stopped. (time.Tick
//     is the short form when the ticker lives as long as the program.)
//   - the program prints the elapsed time rounded down to whole ticks, so the
//     output does not depend on the machine's exact timing.
//
// Common mistake: wrapping `<-ticker.C` in a select with a `default` case;
// the select then never waits for a tick, so it limits nothing.
package main

import (
	"fmt"
	"time"
)

const interval = 50 * time.Millisecond

func main() {
	requests := []string{"r1", "r2", "r3", "r4"}

	// Steady limiter: one request per tick.
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	start := time.Now()
	for _, r := range requests {
		<-ticker.C // wait for permission
		fmt.Println("steady:", r)
	}
	ticks := time.Since(start) / interval // 4 requests need at least 4 ticks
	fmt.Println("steady limiter took at least 4 ticks:", ticks >= 4)

	// Bursty limiter: a bucket of 2 tokens, refilled by time.Tick.
	bucket := make(chan struct{}, 2)
	for i := 0; i < cap(bucket); i++ {
		bucket <- struct{}{} // start full: the first 2 requests go at once
	}
	go func() {
		for range time.Tick(interval) { // lives as long as the program
			select {
			case bucket <- struct{}{}: // add a token if there is room
			default: // bucket full: drop the tick
			}
		}
	}()
	start = time.Now()
	for i, r := range requests {
		<-bucket // take a token
		if i == 1 {
			// The burst: two requests, no tick needed.
			fmt.Println("burst of 2 was immediate:", time.Since(start) < interval)
		}
		fmt.Println("bursty:", r)
	}
	fmt.Println("bursty limiter waited for a refill:", time.Since(start) >= interval)
}
