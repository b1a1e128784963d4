// Checks: time.AfterFunc callbacks with 60, 20 and 40 ms delays run in deadline
// order, each in its own goroutine; a stopped one never runs.
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
	wg.Add(3)
	for _, ms := range []int{60, 20, 40} {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() {
			say("afterfunc", ms)
			wg.Done()
		})
	}
	t := time.AfterFunc(time.Millisecond, func() { say("stopped one ran") })
	say("stop:", t.Stop())
	wg.Wait()
	say("done")
}
