// Checks: a ping-pong pair hands the P back and forth through runnext, which
// inherits the time slice, so a goroutine waiting in the local run queue does
// not run until the pair finishes (no 61st-schedule check, no preemption).
package main

import (
	"fmt"
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
	count := 0
	ping := make(chan int)
	pong := make(chan int)
	wg.Add(3)
	go func() {
		defer wg.Done()
		say("other runs at count", count)
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 200; i++ {
			ping <- i
			<-pong
			count++
		}
		close(ping)
	}()
	go func() {
		defer wg.Done()
		for v := range ping {
			pong <- v
		}
	}()
	wg.Wait()
	say("final count", count)
}
