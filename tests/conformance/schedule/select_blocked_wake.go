// Checks: goroutines blocked in select on two channels each; sends from main
// wake them through the channels' FIFO waiter queues.
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
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case v := <-a:
				say("g", i, "got a", v)
			case v := <-b:
				say("g", i, "got b", v)
			}
		}()
	}
	runtime.Gosched()
	a <- 1
	b <- 2
	a <- 3
	b <- 4
	say("main sent")
	wg.Wait()
}
