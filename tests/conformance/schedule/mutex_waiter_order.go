// Checks: five goroutines block in Mutex.Lock while main holds it; the order
// they acquire it after main unlocks is the semaphore's FIFO queue order,
// which is the order they first ran (runnext first).
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
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			say("got lock", i)
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	say("main unlocks")
	mu.Unlock()
	wg.Wait()
}
