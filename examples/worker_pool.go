// Pattern: worker pool.
//
// A fixed number of worker goroutines take jobs from one shared channel and
// put answers on a results channel. The pool size bounds the concurrency no
// matter how many jobs there are: 3 workers, 9 jobs.
//
// What to look at:
//   - the jobs channel is closed by the sender once every job is queued;
//     each worker's `for j := range jobs` then ends on its own;
//   - a WaitGroup counts the workers, and a separate goroutine closes
//     `results` after the last worker returns, so main can range over it;
//   - results carry the job's id, so main can put them back in job order:
//     which worker ran which job varies from run to run, the answers do not.
//
// Common mistakes: closing `results` right after starting the workers
// (they would then send on a closed channel and panic), and printing inside
// the workers (the line order would change from run to run).
package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }

type result struct {
	id, value int
}

// worker handles jobs until the jobs channel is closed and empty.
func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		// The "work": sum of 1..n.
		sum := 0
		for i := 1; i <= j.n; i++ {
			sum += i
		}
		results <- result{j.id, sum}
	}
}

func main() {
	const numJobs, numWorkers = 9, 3
	jobs := make(chan job, numJobs) // buffered: queuing never blocks main
	results := make(chan result)

	var wg sync.WaitGroup
	for w := 0; w < numWorkers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	for i := 0; i < numJobs; i++ {
		jobs <- job{id: i, n: (i + 1) * 10}
	}
	close(jobs) // "no more jobs": lets the workers' range loops end

	go func() {
		wg.Wait() // all workers done: nobody will send on results again
		close(results)
	}()

	// Store each answer at its job's index: order restored without sorting.
	answers := make([]int, numJobs)
	for r := range results {
		answers[r.id] = r.value
	}
	for id, v := range answers {
		fmt.Printf("job %d: sum(1..%d) = %d\n", id, (id+1)*10, v)
	}
}
