// Checks break and continue inside select within loops, and a select loop polling with default.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	iterations := 0
	for i := 0; i < 6; i++ {
		iterations++
		select {
		case v, ok := <-ch:
			if !ok {
				break
			}
			if v == 2 {
				continue
			}
			fmt.Println("value", v)
		}
	}
	fmt.Println("iterations:", iterations)

	// Poll with default until another goroutine sets the result.
	var result atomic.Int64
	done := make(chan struct{})
	go func() {
		result.Store(12345)
		close(done)
	}()
	polls := 0
	for {
		select {
		case <-done:
			fmt.Println("result:", result.Load())
			fmt.Println("polled:", polls >= 0)
			return
		default:
			polls++
		}
	}
}
