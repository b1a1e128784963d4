// Checks: a goroutine sleeping 20 ms is not woken while runnable goroutines
// keep yielding with Gosched for a short time; prints when each event happens.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
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
	wg.Add(2)
	go func() {
		defer wg.Done()
		say("sleeper sleeps")
		time.Sleep(20 * time.Millisecond)
		say("sleeper woke")
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			say("yielder", i)
			runtime.Gosched()
		}
	}()
	wg.Wait()
}
