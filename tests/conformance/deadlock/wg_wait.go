// Checks the deadlock report when WaitGroup.Wait can never return (one Done missing).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i != 1 {
				defer wg.Done()
			}
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
