// Checks: fan-in of three producers on one unbuffered channel: the order of
// the values main receives follows runnext and the channel's FIFO send queue.
package main

import (
	"fmt"
	"strings"
)

func producer(name string, n int, out chan<- string) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s%d", name, i)
	}
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
	c := make(chan string)
	go producer("a", 3, c)
	go producer("b", 3, c)
	go producer("c", 3, c)
	for i := 0; i < 9; i++ {
		sayf("%v ", <-c)
	}
	say()
}
