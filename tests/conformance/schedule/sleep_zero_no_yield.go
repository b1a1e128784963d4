// Checks: time.Sleep(0) returns at once without yielding, while
// time.Sleep(1 ms) lets the other goroutines run.
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
	go say("goroutine 1")
	time.Sleep(0)
	say("main after Sleep(0)")
	go say("goroutine 2")
	time.Sleep(time.Millisecond)
	say("main after Sleep(1ms)")
}
