// Checks time.NewTicker stopped after N ticks, Ticker.Reset, and time.Tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	// After Stop no more ticks arrive.
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(15 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	// Reset restarts a stopped ticker with a new period.
	ticker.Reset(2 * time.Millisecond)
	<-ticker.C
	fmt.Println("tick after Reset")
	ticker.Stop()

	// time.Tick in a select loop with a done channel.
	tick := time.Tick(3 * time.Millisecond)
	done := time.After(40 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-tick:
			count++
			if count == 4 {
				break loop
			}
		case <-done:
			fmt.Println("done fired first")
			break loop
		}
	}
	fmt.Println("ticks from time.Tick:", count)

	fmt.Println("Tick with non-positive duration is nil:", time.Tick(0) == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
}
