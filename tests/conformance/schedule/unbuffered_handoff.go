// Checks: unbuffered send/receive hand-off: whichever side arrives second
// completes the exchange without blocking and keeps running; the one woken
// runs only when the other blocks.
package main

import (
	"fmt"
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
	c := make(chan int)
	done := make(chan bool)
	go func() {
		say("receiver before recv")
		v := <-c
		say("receiver got", v)
		say("receiver before send")
		c <- v * 2
		say("receiver after send")
		done <- true
	}()
	say("main before send")
	c <- 21
	say("main after send")
	say("main received", <-c)
	<-done
	say("end")
}
