// Checks: a goroutine spinning on an atomic flag (with no function calls that
// yield) is preempted after its ~10 ms time slice, so the goroutine that sets
// the flag gets to run; prints before and after the spin.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
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
	var flag atomic.Bool
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		say("setter runs")
		flag.Store(true)
	}()
	go func() {
		defer wg.Done()
		say("spinner starts")
		n := 0
		for !flag.Load() {
			n++
		}
		say("spinner saw the flag", n > 0)
	}()
	wg.Wait()
	say("done")
}
