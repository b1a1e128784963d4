// Checks the deadlock report when a goroutine holding a read lock asks for the write lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("holding read lock")
	rw.Lock()
	fmt.Println("never printed")
}
