// Goroutines appending to one shared slice variable (a classic): the
// variable itself is read and written by each goroutine.
// want race: 18 18
package main

import (
	"fmt"
	"sync"
)

func main() {
	var results []int
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results = append(results, i)
		}()
	}
	wg.Wait()
	fmt.Println(len(results) > 0)
}
