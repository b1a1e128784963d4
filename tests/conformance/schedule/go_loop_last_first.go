// Checks: goroutines started in a loop of `go` statements; on one P the last
// one created sits in runnext and runs first, then the rest in FIFO order.
package main

import (
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
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("goroutine", i)
		}()
	}
	wg.Wait()
	say("done")
}
