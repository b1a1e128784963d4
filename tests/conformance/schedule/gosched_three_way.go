// Checks: three goroutines with different numbers of Gosched calls between
// prints; the global queue is FIFO, so the interleaving is round-robin.
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
	for g := 1; g <= 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				sayf("g%d step %d\n", g, i)
				for k := 0; k < g; k++ {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
}
