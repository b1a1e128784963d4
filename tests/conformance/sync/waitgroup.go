// Checks WaitGroup Add/Done/Wait, including Add with a count, Wait with a zero counter, and reuse after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait() // a zero counter returns at once
	fmt.Println("wait on zero counter returned")

	results := make([]string, 4)
	wg.Add(4)
	for i := range 4 {
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("task%d", i)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Reuse the same WaitGroup for a second round.
	total := 0
	var mu sync.Mutex
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	// Several goroutines can Wait on the same group.
	var start sync.WaitGroup
	start.Add(1)
	var waiters sync.WaitGroup
	released := make(chan int, 3)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			start.Wait()
			released <- i
		}()
	}
	start.Done()
	waiters.Wait()
	close(released)
	n := 0
	for range released {
		n++
	}
	fmt.Println("released waiters:", n)

	// Add with a negative delta that keeps the counter >= 0.
	wg.Add(3)
	wg.Add(-2)
	wg.Done()
	wg.Wait()
	fmt.Println("counter back to zero")
}
