// Checks the fatal error for RUnlock of an RWMutex that is not read-locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("RUnlock without RLock")
	rw.RUnlock()
}
