// Pattern: fan-in (merging several channels into one).
//
// Several producers each own a channel; merge starts one forwarding goroutine
// per input channel, all sending into a single output channel. A
// sync.WaitGroup tracks the forwarders, and one extra goroutine closes the
// output only when all of them have finished.
//
// What to look at:
//   - who closes `out`: not a forwarder (the others would then send on a
//     closed channel and panic) but the goroutine that waits for all of them;
//   - wg.Add is called before each `go`, never inside the goroutine, so
//     Wait cannot run before the counter has been raised.
//
// The order in which merged values arrive depends on scheduling, so a
// program that must print deterministic output collects them first and
// orders them itself, as main does here with a small insertion sort.
//
// Common mistake: closing the output channel from inside a forwarder.
package main

import (
	"fmt"
	"sync"
)

// producer sends name-tagged numbers and closes its channel when done.
func producer(name string, base, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, base+i)
		}
	}()
	return out
}

// merge forwards every value of every input onto one channel.
func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1) // before `go`: Wait below must see this
		go func(in <-chan string) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()  // every forwarder has finished sending...
		close(out) // ...so closing cannot make one of them panic
	}()
	return out
}

func main() {
	merged := merge(producer("a", 10, 3), producer("b", 20, 2), producer("c", 30, 3))

	var got []string
	for v := range merged { // ends when merge closes `out`
		got = append(got, v)
	}

	// Arrival order is up to the scheduler; sort to get stable output.
	for i := 1; i < len(got); i++ {
		for j := i; j > 0 && got[j] < got[j-1]; j-- {
			got[j], got[j-1] = got[j-1], got[j]
		}
	}
	fmt.Println(len(got), "values merged:")
	for _, v := range got {
		fmt.Println(" ", v)
	}
}
