// Checks: four goroutines block in WaitGroup.Wait; the last Done wakes them
// all, each wake going into runnext and pushing the previous one to the local
// queue, so the order they resume is not simply the order they waited.
package main

import (
	"fmt"
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
	wg.Add(1)
	finished := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			say("waiter", i, "waiting")
			wg.Wait()
			say("waiter", i, "woke")
			finished <- true
		}()
	}
	go func() {
		time.Sleep(20 * time.Millisecond) // every waiter blocks in Wait
		say("worker done")
		wg.Done()
		say("worker after Done")
	}()
	for i := 0; i < 4; i++ {
		<-finished
	}
	say("all woke")
}
