// Checks: close() of a done channel wakes goroutines blocked in select on it
// (and on another channel never ready); the order they resume shows how close
// readies several waiters (each into runnext, displacing the previous one).
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
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
	quit := make(chan struct{})
	never := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-quit:
				say("worker", i, "quits")
			case <-never:
			}
		}()
	}
	time.Sleep(20 * time.Millisecond) // every worker blocks in its select
	say("closing")
	close(quit)
	say("closed")
	wg.Wait()
}
