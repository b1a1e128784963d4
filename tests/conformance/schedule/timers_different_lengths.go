// Checks: goroutines sleeping 60, 20, 80 and 40 ms wake in the order of their
// deadlines, not the order they started.
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
	var wg sync.WaitGroup
	for _, ms := range []int{60, 20, 80, 40} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			say("woke after", ms, "ms")
		}()
	}
	wg.Wait()
}
