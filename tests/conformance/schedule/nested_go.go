// Checks: goroutines that start goroutines: each `go` puts the child in
// runnext, displacing the previous runnext to the local queue's tail.
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
	wg.Add(7)
	for _, p := range []string{"A", "B"} {
		go func() {
			defer wg.Done()
			say("parent", p)
			for k := 0; k < 2; k++ {
				go func() {
					defer wg.Done()
					say("child", p, k)
				}()
			}
			say("parent", p, "done")
		}()
	}
	go func() {
		defer wg.Done()
		say("loner")
	}()
	wg.Wait()
}
