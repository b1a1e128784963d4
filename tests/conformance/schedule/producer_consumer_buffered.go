// Checks: producer/consumer over a buffered channel of capacity 3, printing on
// both sides: the producer fills the buffer before the consumer runs, and a
// consumer's receive from a full buffer readies the blocked producer.
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
	c := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for v := range c {
			say("consumed", v)
		}
		done <- true
	}()
	for i := 0; i < 8; i++ {
		c <- i
		say("produced", i)
	}
	close(c)
	<-done
}
