// Checks: ping-pong over two unbuffered channels with prints on both sides:
// a send to a waiting receiver readies it into runnext, and the sender keeps
// running until it blocks.
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
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			say("ponger got", v)
			pong <- v + 1
			say("ponger sent", v+1)
		}
		say("ponger exits")
		done <- true
	}()
	v := 0
	for i := 0; i < 3; i++ {
		say("main sends", v)
		ping <- v
		say("main sent", v)
		v = <-pong
		say("main got", v)
	}
	close(ping)
	<-done
}
