// Checks that the unlock-of-unlocked-mutex fatal error cannot be recovered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover returned:", recover())
	}()
	var mu sync.Mutex
	mu.Unlock()
}
