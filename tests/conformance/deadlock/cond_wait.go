// Checks the deadlock report when a sync.Cond waiter is never signalled.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	for !ready {
		fmt.Println("waiting for a signal")
		cond.Wait()
	}
	mu.Unlock()
}
