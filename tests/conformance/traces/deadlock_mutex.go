// Locking a locked mutex with nobody to unlock it: the dump shows the Lock's line.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
