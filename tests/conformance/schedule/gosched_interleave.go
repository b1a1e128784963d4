// Checks: two goroutines that print and call runtime.Gosched in a loop:
// Gosched puts the caller on the global queue, so the two alternate.
package main

import (
	"fmt"
	"runtime"
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
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				say(name, i)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
}
