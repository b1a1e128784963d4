// Pattern: producer/consumer with close and range.
//
// A producer sends items on a channel and closes it when there are no more.
// Consumers loop with `for item := range ch`, which receives until the
// channel is closed *and* empty, then ends. Closing is a broadcast: every
// consumer's loop ends, however many there are.
//
// What to look at:
//   - only the sender closes the channel, and only once. Receivers never
//     close: a later send would panic with "send on closed channel";
//   - `v, ok := <-ch` is what range does for you: ok is false once the
//     channel is closed and drained;
//   - a buffered channel lets the producer run ahead of the consumers by up
//     to its capacity;
//   - each consumer keeps a private total; main adds them up after Wait, so
//     no locking is needed and the sum is the same whichever consumer got
//     which item.
//
// Common mistake: never closing the channel. The consumers then block in
// range forever and the program dies with a deadlock (see deadlock.go).
package main

import (
	"fmt"
	"sync"
)

func producer(n int, out chan<- int) {
	defer close(out) // signals "no more items" to every consumer
	for i := 1; i <= n; i++ {
		out <- i
	}
}

func consumer(in <-chan int, total *int, count *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in { // ends after close, once the buffer is empty
		*total += v * v
		*count++
	}
}

func main() {
	items := make(chan int, 4) // the producer may run 4 items ahead
	go producer(100, items)

	const consumers = 3
	totals := make([]int, consumers)
	counts := make([]int, consumers)
	var wg sync.WaitGroup
	for i := 0; i < consumers; i++ {
		wg.Add(1)
		go consumer(items, &totals[i], &counts[i], &wg)
	}
	wg.Wait()

	sum, n := 0, 0
	for i := range totals {
		sum += totals[i]
		n += counts[i]
	}
	fmt.Println("items consumed:", n)
	fmt.Println("sum of squares 1..100:", sum)

	// Receiving from a closed, drained channel never blocks: zero value, ok=false.
	v, ok := <-items
	fmt.Println("after close:", v, ok)
}
