// Checks: close() wakes all goroutines blocked receiving on the channel; the
// order they resume shows how the woken goroutines are queued (runnext).
package main

import (
	"fmt"
	"strings"
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
	c := make(chan int)
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func() {
			say("receiver", i, "blocks")
			v, ok := <-c
			say("receiver", i, "woke", v, ok)
			done <- i
		}()
	}
	time.Sleep(20 * time.Millisecond) // every receiver blocks on c
	say("main closes")
	close(c)
	say("main after close")
	for i := 0; i < 5; i++ {
		<-done
	}
}
