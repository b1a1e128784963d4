// Checks that goroutines sleeping for different durations wake up in order of their durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{30, 10, 20}
	for _, ms := range delays {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- fmt.Sprintf("slept %dms", ms)
		}()
	}
	for range delays {
		fmt.Println(<-out)
	}

	// Sleep with zero or negative durations returns at once.
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return")

	// Sleep blocks at least the requested time.
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
