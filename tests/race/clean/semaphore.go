// A buffered channel as a semaphore of capacity 1 is a lock: the k-th
// receive happens before the (k+1)-th send completes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			total += i
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
