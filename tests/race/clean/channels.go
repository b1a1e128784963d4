// Ownership passed over channels: unbuffered hand-off, buffered results,
// and close observed by range.
package main

import "fmt"

type job struct{ n, out int }

func main() {
	jobs := make(chan *job)
	results := make(chan *job, 3)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				j.out = j.n * j.n // the receiver owns j now
				results <- j
			}
		}()
	}
	go func() {
		for i := 1; i <= 9; i++ {
			jobs <- &job{n: i}
		}
		close(jobs)
	}()
	sum := 0
	for i := 0; i < 9; i++ {
		j := <-results
		sum += j.out
	}
	fmt.Println(sum)
}
