// Pattern (anti-pattern): a deadlock, and how Go reports it.
//
// When every goroutine is blocked and nothing (no timer, no I/O) can ever
// wake one of them, the Go runtime stops the program with
//
//	fatal error: all goroutines are asleep - deadlock!
//
// followed by the stack of each goroutine, and exit status 2. This program
// shows the most common way to get there: sending on an unbuffered channel
// that nobody will ever receive from.
//
// What to look at:
//   - an unbuffered send waits for a receiver. Here the receiver would be
//     main itself, but main is the goroutine that is stuck sending;
//   - the trace names the operation main was blocked in: [chan send].
//
// Fixes, any one of: receive in another goroutine, make the channel
// buffered (make(chan int, 1)), or restructure so a sender and a receiver
// both exist. Note the runtime only detects a *global* deadlock: if some
// other goroutine is merely sleeping, no error is reported yet.
package main

import "fmt"

func main() {
	results := make(chan int) // unbuffered: a send needs a ready receiver

	fmt.Println("sending...")
	results <- 1 // blocks forever: the only receiver would be main itself

	fmt.Println("never printed:", <-results)
}
