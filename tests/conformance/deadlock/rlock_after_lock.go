// Checks the deadlock report when RLock is called while the same goroutine holds the write lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("holding write lock")
	rw.RLock()
}
