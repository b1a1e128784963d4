// Checks: cancelling a context wakes goroutines blocked on ctx.Done(); the
// order they resume shows how close() readies several waiters.
package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// Output is collected in memory and written once at the end: a write to
// stdout is a system call, and a P whose goroutine is in a system call can
// be handed to another thread, which would let a second goroutine run.
var out strings.Builder

func say(a ...any) { fmt.Fprintln(&out, a...) }

func sayf(format string, a ...any) { fmt.Fprintf(&out, format, a...) }

func flush() { fmt.Print(out.String()) }

func main() {
	defer flush()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	started := make(chan bool)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- true
			<-ctx.Done()
			say("worker", i, "cancelled:", ctx.Err())
		}()
	}
	for i := 0; i < 4; i++ {
		<-started
	}
	say("cancelling")
	cancel()
	say("cancelled")
	wg.Wait()
}
