// Checks that the deadlock trace starts with main's goroutine when main waits on a WaitGroup and workers wait on a channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				_ = j
			}
		}()
	}
	for j := 0; j < 5; j++ {
		jobs <- j
	}
	fmt.Println("all jobs sent; forgot to close(jobs)")
	wg.Wait()
}
