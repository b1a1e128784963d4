// Mutex-protected counter and map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				mu.Lock()
				n++
				m[j%5] += i
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, len(m))
}
