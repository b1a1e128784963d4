// A worker pool with many workers: 51 workers share one jobs channel, each
// job waits on a slow "backend" (time.Sleep), results come back by channel.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(4 * time.Millisecond) // the backend call
		results <- j * j
	}
}

func main() {
	const workers, n = 51, 60
	jobs := make(chan int)
	results := make(chan int, 8)
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for j := 1; j <= n; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
