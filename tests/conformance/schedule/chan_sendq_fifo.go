// Checks: four senders block on an unbuffered channel; main receives the
// values in the send queue's FIFO order (the order the senders first ran).
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
	for _, name := range []string{"s0", "s1", "s2", "s3"} {
		go func() {
			say(name, "sending")
			c <- name
			say(name, "sent")
		}()
	}
	time.Sleep(20 * time.Millisecond)
	for i := 0; i < 4; i++ {
		say("main got", <-c)
	}
	time.Sleep(20 * time.Millisecond)
}
