// Checks: three named `go` statements then main blocks on a channel: the last
// one (runnext) runs first, then the first two in the order they were created.
package main

import (
	"fmt"
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
	done := make(chan bool)
	for _, name := range []string{"a", "b", "c"} {
		go func() {
			say("run", name)
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	say("main done")
}
