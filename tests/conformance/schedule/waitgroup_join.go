// Checks: goroutines that finish in run order and call Done; main's Wait
// returns after the last Done, and the order they ran is recorded.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
		if i == 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				order = append(order, 100)
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	fmt.Println(order)
}
