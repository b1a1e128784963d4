// Checks: a ping-pong pair (main and a ponger) hands the P back and forth
// through runnext, which is always taken before the local run queue, so a
// goroutine waiting in the local queue does not run until the pair stops.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

var out strings.Builder

func say(a ...any) { fmt.Fprintln(&out, a...) }

func main() {
	defer func() { fmt.Print(out.String()) }()
	count := 0
	ping := make(chan int)
	pong := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range ping {
			pong <- v
		}
	}()
	time.Sleep(20 * time.Millisecond) // the ponger blocks receiving on ping
	go func() {
		defer wg.Done()
		say("other runs at count", count)
	}()
	for i := 0; i < 200; i++ {
		ping <- i
		<-pong
		count++
	}
	say("ping-pong done at count", count)
	close(ping)
	wg.Wait()
}
