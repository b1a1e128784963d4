// workerpool: a pool of 8 worker goroutines takes 200,000 jobs from a
// buffered channel and sends the results back on another; main sums them.
// Measures buffered channel traffic between many goroutines.
package main

import "fmt"

const (
	numJobs    = 200000
	numWorkers = 8
)

// work is a small, deterministic amount of computation per job.
func work(job int) int {
	return job * job % 1009
}

func worker(jobs <-chan int, results chan<- int) {
	for job := range jobs {
		results <- work(job)
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)

	for w := 0; w < numWorkers; w++ {
		go worker(jobs, results)
	}
	go func() {
		for j := 0; j < numJobs; j++ {
			jobs <- j
		}
		close(jobs)
	}()

	sum := 0
	for i := 0; i < numJobs; i++ {
		sum += <-results
	}
	fmt.Printf("workers: %d jobs: %d\n", numWorkers, numJobs)
	fmt.Printf("sum: %d\n", sum)
}
