// Checks: sync.Mutex starvation mode: a waiter that was woken but lost the
// lock to a barging Unlock/Lock, and has waited more than 1 ms, switches the
// mutex to starvation mode; the next Unlock hands the lock straight to it
// (and yields to it), so the unlocking goroutine can no longer barge.
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
	var mu sync.Mutex
	done := make(chan bool, 1)
	mu.Lock()
	go func() {
		say("waiter locking")
		mu.Lock()
		say("waiter got the lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(5 * time.Millisecond) // the waiter blocks in Lock for 5 ms
	mu.Unlock()
	say("main unlocked 0")
	mu.Lock()
	say("main re-locked 0")
	time.Sleep(time.Millisecond) // the woken waiter runs, finds the lock taken
	mu.Unlock()
	say("main unlocked 1")
	mu.Lock()
	say("main re-locked 1")
	mu.Unlock()
	<-done
	say("done")
}
