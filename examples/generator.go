// Pattern: generator.
//
// A generator is a function that starts a goroutine and returns a
// receive-only channel; the goroutine sends values one at a time and the
// caller pulls them with `for v := range ch`. It is Go's answer to Python's
// `yield`: the producer's state (here a, b) lives in the goroutine's local
// variables between sends.
//
// What to look at:
//   - the return type `<-chan int`: callers can only receive, so they cannot
//     close the channel or send into it by mistake;
//   - `defer close(out)`: closing is what ends the caller's range loop;
//   - the `done` channel: it lets the caller stop an infinite generator early.
//
// Common mistakes: forgetting to close (the range loop then blocks forever,
// "all goroutines are asleep - deadlock!"), and abandoning an infinite
// generator without a way to stop it (the goroutine leaks, blocked on send).
package main

import "fmt"

// fibonacci yields Fibonacci numbers until done is closed.
func fibonacci(done <-chan struct{}) <-chan int {
	out := make(chan int) // unbuffered: one value is produced per request
	go func() {
		defer close(out) // always close, however the loop ends
		a, b := 0, 1
		for {
			select {
			case out <- a: // blocks until the caller is ready for a value
				a, b = b, a+b
			case <-done: // the caller has lost interest: stop producing
				return
			}
		}
	}()
	return out
}

// count yields lo, lo+1, ..., hi-1 and then ends by itself.
func count(lo, hi int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := lo; i < hi; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	// A finite generator: range stops when the goroutine closes the channel.
	for n := range count(1, 5) {
		fmt.Println("count:", n)
	}

	// An infinite generator: take what we need, then close done to stop it.
	done := make(chan struct{})
	fib := fibonacci(done)
	for i := 0; i < 10; i++ {
		fmt.Print(<-fib, " ")
	}
	fmt.Println()
	close(done) // without this the goroutine would leak, blocked on `out <- a`

	// After done is closed the generator closes fib; draining it ends quickly.
	// (A value may still arrive if the send won the race, so we don't print it.)
	for range fib {
	}
	fmt.Println("generator stopped")
}
