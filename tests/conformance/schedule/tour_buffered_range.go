// Checks: the Go tour's fibonacci over a buffered channel closed by the
// producer, with prints on both sides showing when each side runs.
package main

import (
	"fmt"
	"strings"
)

func fibonacci(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		say("sent", x)
		x, y = y, x+y
	}
	close(c)
}

// Output is collected in memory and written once at the end: a write to
// stdout is a system call, and a P whose goroutine is in a system call can
// be handed to another thread, which would let a second goroutine run.
var out strings.Builder

func say(a ...any) { fmt.Fprintln(&out, a...) }

func sayf(format string, a ...any) { fmt.Fprintf(&out, format, a...) }

func flush() { fmt.Print(out.String()) }

func main() {
	defer flush()
	c := make(chan int, 4)
	go fibonacci(10, c)
	for i := range c {
		say("got", i)
	}
}
