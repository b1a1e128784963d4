// Checks: a merge of two input channels into one through forwarding
// goroutines; the interleaving of the merged stream depends on run order.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprint(name, i)
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
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
	for v := range merge(gen("x", 4), gen("y", 4), gen("z", 2)) {
		sayf("%v ", v)
	}
	say()
}
