// Checks: a worker pool fed through an unbuffered channel with results on an
// unbuffered channel: each hand-off readies a worker into runnext.
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
	jobs := make(chan int)
	results := make(chan string)
	for w := 1; w <= 3; w++ {
		go func() {
			for j := range jobs {
				results <- fmt.Sprintf("w%d:j%d", w, j)
			}
		}()
	}
	go func() {
		for j := 1; j <= 8; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	for i := 0; i < 8; i++ {
		say(<-results)
	}
}
