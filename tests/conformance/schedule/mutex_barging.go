// Checks: sync.Mutex in normal mode: Unlock wakes the waiter but does not hand
// the lock over, so the unlocking goroutine re-acquires it first (barging).
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
	done := make(chan bool)
	mu.Lock()
	go func() {
		say("waiter locking")
		mu.Lock()
		say("waiter got the lock")
		mu.Unlock()
		done <- true
	}()
	runtime.Gosched() // the waiter runs and blocks in Lock
	for i := 0; i < 3; i++ {
		mu.Unlock()
		say("main unlocked", i)
		mu.Lock()
		say("main re-locked", i)
	}
	mu.Unlock()
	<-done
	say("done")
}
