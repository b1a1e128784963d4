// Checks: sync.RWMutex: a pending writer blocks new readers; when the last
// reader unlocks the writer goes first, then the readers queued behind it.
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
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	say("main has read lock")
	wg.Add(1)
	go func() {
		defer wg.Done()
		say("writer waits")
		rw.Lock()
		say("writer has lock")
		rw.Unlock()
		say("writer unlocked")
	}()
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("reader", i, "waits")
			rw.RLock()
			say("reader", i, "has read lock")
			rw.RUnlock()
		}()
	}
	runtime.Gosched()
	say("main read-unlocks")
	rw.RUnlock()
	wg.Wait()
}
