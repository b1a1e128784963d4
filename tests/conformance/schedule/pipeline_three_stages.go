// Checks: a three-stage pipeline over unbuffered channels with a print at
// every stage: the interleaving follows runnext hand-offs.
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
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			say("gen", i)
			a <- i
		}
		close(a)
	}()
	go func() {
		for v := range a {
			say("square", v)
			b <- v * v
		}
		close(b)
	}()
	go func() {
		for v := range b {
			say("add", v)
			c <- v + 1
		}
		close(c)
	}()
	for v := range c {
		say("out", v)
	}
}
