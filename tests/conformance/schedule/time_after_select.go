// Checks: select between a channel a goroutine sends on after 5 ms and
// time.After(50 ms), then a second select where the timeout wins.
package main

import (
	"fmt"
	"strings"
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
	c := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		c <- "value"
	}()
	select {
	case v := <-c:
		say("got", v)
	case <-time.After(50 * time.Millisecond):
		say("timeout 1")
	}
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- "late"
	}()
	select {
	case v := <-c:
		say("got", v)
	case <-time.After(5 * time.Millisecond):
		say("timeout 2")
	}
	say("late value:", <-c)
}
