// Checks: main yields with runtime.Gosched after each `go`: the new goroutine
// (in runnext) runs before main resumes from the global queue.
package main

import (
	"fmt"
	"runtime"
	"strings"
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
	for i := 0; i < 3; i++ {
		go say("goroutine", i)
		say("main before yield", i)
		runtime.Gosched()
		say("main after yield", i)
	}
	runtime.Gosched()
	say("end")
}
