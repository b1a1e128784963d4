// Checks: sync.Cond.Signal wakes waiters one at a time in the order they
// started waiting (the notify list is FIFO).
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
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var wg sync.WaitGroup
	ready := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			say("waiter", i, "waits")
			cond.Wait()
			say("waiter", i, "signalled")
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := ready
		mu.Unlock()
		if n == 4 {
			break
		}
		runtime.Gosched()
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
}
