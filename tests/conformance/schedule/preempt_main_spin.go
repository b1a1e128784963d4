// Checks: main spins until a goroutine it started has run; that goroutine sits
// in runnext but only runs once main is preempted after its time slice.
package main

import (
	"fmt"
	"strings"
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
	var ran atomic.Int32
	go func() {
		say("goroutine runs")
		ran.Store(1)
	}()
	say("main spins")
	for ran.Load() == 0 {
	}
	say("main sees it ran")
}
