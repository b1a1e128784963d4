// Checks that output printed before a deadlock is kept, and goroutines that finished do not prevent the report.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
	results := make(chan int)
	go func() {
		results <- total
	}()
	fmt.Println("first:", <-results)
	fmt.Println("second:", <-results)
}
