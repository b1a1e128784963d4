// Checks: a buffered channel used as a semaphore of 2 slots for six tasks:
// the order tasks start and finish follows the blocked senders' FIFO queue.
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
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			say("task", i, "start")
			runtime.Gosched()
			say("task", i, "end")
			<-sem
		}()
	}
	wg.Wait()
}
