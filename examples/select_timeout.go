// Pattern: select with a timeout.
//
// `select` waits on several channel operations and runs the first one that
// can proceed. Adding a `case <-time.After(d)` turns any blocking receive
// into one that gives up after d. A `default` case makes the select not
// wait at all (a non-blocking poll).
//
// What to look at:
//   - fetch returns a buffered channel (capacity 1): if the caller has timed
//     out and gone, the late sender can still deposit its value and exit
//     instead of leaking, blocked forever on an unbuffered send;
//   - a time.Timer for a loop: one timeout for the whole loop, not a fresh
//     time.After per iteration (which would reset the deadline each time);
//   - the delays (10ms vs 200ms against a 50ms timeout) are far apart, so
//     which case wins is the same on every run.
package main

import (
	"fmt"
	"time"
)

// fetch delivers a reply after `delay`.
func fetch(reply string, delay time.Duration) <-chan string {
	ch := make(chan string, 1) // buffered: the sender never blocks
	go func() {
		time.Sleep(delay)
		ch <- reply
	}()
	return ch
}

func get(name string, delay time.Duration) {
	select {
	case r := <-fetch(name+" reply", delay):
		fmt.Println("got:", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout waiting for", name)
	}
}

func main() {
	get("fast", 10*time.Millisecond)
	get("slow", 200*time.Millisecond)

	// Non-blocking receive: default runs when no case is ready right now.
	msgs := make(chan string, 1)
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message ready")
	}
	msgs <- "hi"
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message ready")
	}

	// One deadline for a whole loop of receives.
	ticks := make(chan int)
	go func() {
		for i := 1; ; i++ {
			ticks <- i
			time.Sleep(30 * time.Millisecond)
		}
	}()
	deadline := time.NewTimer(100 * time.Millisecond)
	defer deadline.Stop()
	for n := 0; ; n++ {
		select {
		case <-ticks:
		case <-deadline.C:
			// About 4 ticks fit in 100ms; print a coarse, stable fact.
			fmt.Println("deadline reached after a few ticks:", n >= 2 && n <= 5)
			return
		}
	}
}
