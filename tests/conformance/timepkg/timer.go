// Checks time.NewTimer with Stop and Reset (Go 1.23+ semantics: no stale value after Stop/Reset).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("Stop after fire and receive:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop before fire:", t2.Stop())
	fmt.Println("Stop again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected")
	default:
		fmt.Println("stopped timer channel is empty")
	}

	// Reset a stopped timer.
	fmt.Println("Reset stopped timer:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("fired after Reset")

	// Reset an active timer to a shorter duration.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("Reset active timer:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("active timer fired after Reset")

	// A timer that expired without being received: since Go 1.23, Stop and Reset
	// discard the pending value, so no stale tick is seen.
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	t4.Reset(30 * time.Millisecond)
	select {
	case <-t4.C:
		fmt.Println("stale value")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no stale value after Reset")
	}
	<-t4.C
	fmt.Println("fired after its new duration")

	// Timer channels report len and cap 0 since Go 1.23.
	t5 := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("len/cap of timer channel:", len(t5.C), cap(t5.C))
	<-t5.C

	// A timer used for a per-iteration timeout in a loop.
	results := make(chan int)
	go func() {
		results <- 1
		results <- 2
	}()
	timeout := time.NewTimer(50 * time.Millisecond)
	for i := 0; i < 3; i++ {
		if !timeout.Stop() {
			select {
			case <-timeout.C:
			default:
			}
		}
		timeout.Reset(15 * time.Millisecond)
		select {
		case r := <-results:
			fmt.Println("result", r)
		case <-timeout.C:
			fmt.Println("timed out waiting for result", i+1)
		}
	}
}
