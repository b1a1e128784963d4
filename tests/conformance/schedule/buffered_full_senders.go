// Checks: a buffered channel of capacity 2 with five blocked senders: each
// receive takes from the buffer and moves the first waiting sender's value in,
// so values come out in FIFO order; prints show when senders resume.
package main

import (
	"fmt"
	"runtime"
	"strings"
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
	c := make(chan int, 2)
	for i := 0; i < 5; i++ {
		go func() {
			c <- i
			say("sender", i, "done")
		}()
	}
	runtime.Gosched()
	for i := 0; i < 5; i++ {
		say("recv", <-c)
	}
	runtime.Gosched()
	say("end")
}
