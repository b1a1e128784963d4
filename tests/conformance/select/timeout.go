// Checks timeouts with time.After in select, both when the result wins and when the timeout wins.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func main() {
	select {
	case v := <-slow(0, "fast result"):
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}

	select {
	case v := <-slow(time.Hour, "never"):
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out after 10ms")
	}

	// time.After yields the time it fired, after the start.
	start := time.Now()
	t := <-time.After(5 * time.Millisecond)
	fmt.Println("fired after start:", t.After(start))

	// A timeout for a whole loop versus a per-message timeout.
	msgs := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			msgs <- i
		}
	}()
	deadline := time.After(30 * time.Millisecond)
	got := 0
loop:
	for {
		select {
		case <-msgs:
			got++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("messages before the deadline:", got)
}
