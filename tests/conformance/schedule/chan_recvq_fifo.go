// Checks: four receivers block on an unbuffered channel; main sends four
// values without blocking (a receiver is waiting each time), readying each
// receiver into runnext, so the last one readied prints first.
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
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			v := <-c
			say("receiver", i, "got", v)
			done <- true
		}()
	}
	time.Sleep(20 * time.Millisecond) // every receiver blocks on c
	for v := 10; v < 14; v++ {
		c <- v
	}
	say("main sent all")
	for i := 0; i < 4; i++ {
		<-done
	}
}
