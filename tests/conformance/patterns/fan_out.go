// Pattern: fan-out — several workers read from one channel; per-worker counts are summed, results sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	tasks := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			tasks <- i
		}
		close(tasks)
	}()

	const workers = 4
	results := make(chan string)
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				counts[w]++
				results <- fmt.Sprintf("%02d^2=%d", t, t*t)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	for _, r := range out {
		fmt.Println(r)
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("tasks handled:", total)
}
