// Checks: sync.Cond.Broadcast wakes all waiters at once; the order they
// reacquire the mutex and resume shows how the woken goroutines are queued.
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
	waiting := 0
	go_ := false
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !go_ {
				cond.Wait()
			}
			say("waiter", i, "resumes")
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if waiting == 5 {
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	go_ = true
	cond.Broadcast()
	say("broadcast sent")
	mu.Unlock()
	wg.Wait()
}
