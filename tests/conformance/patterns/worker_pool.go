// Pattern: worker pool — a fixed number of workers consume jobs; results are collected and sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type job struct {
	id int
	n  int
}

type result struct {
	jobID  int
	worker int
	value  int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		f := 1
		for i := 2; i <= j.n; i++ {
			f *= i
		}
		results <- result{j.id, id, f}
	}
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 10; i++ {
		jobs <- job{i, i}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].jobID < all[j].jobID })
	for _, r := range all {
		fmt.Printf("job %2d: %d! = %d\n", r.jobID, r.jobID, r.value)
	}
	fmt.Println("results:", len(all), "workers that ran at most 3:", len(workersUsed) <= 3)
}
