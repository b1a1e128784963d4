// Checks time.AfterFunc: the function runs in its own goroutine after the delay; Stop prevents it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	t := time.AfterFunc(10*time.Millisecond, func() {
		done <- "AfterFunc ran"
	})
	fmt.Println(<-done)
	fmt.Println("after at least 10ms:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("Stop after it ran:", t.Stop())
	fmt.Println("its C is nil:", t.C == nil)

	never := time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("never printed")
	})
	fmt.Println("Stop before it ran:", never.Stop())
	time.Sleep(15 * time.Millisecond)

	// Reset makes a stopped AfterFunc timer run again.
	again := make(chan int, 2)
	calls := 0
	t2 := time.AfterFunc(time.Hour, func() {
		calls++
		again <- calls
	})
	t2.Reset(time.Millisecond)
	fmt.Println("call", <-again)
	t2.Reset(time.Millisecond)
	fmt.Println("call", <-again)

	// Several AfterFuncs run in the order of their delays.
	order := make(chan int, 3)
	for _, ms := range []int{15, 5, 10} {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)
}
