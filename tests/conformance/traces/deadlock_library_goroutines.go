// A deadlock with goroutines started on library calls (`go wg.Wait()`,
// `go mu.Lock()`): Go prints the library's frames (not compared) and where
// each was created; minigo has none of the library's frames, and no unknown
// line either.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	go wg.Wait()
	go mu.Lock()
	ch := make(chan int)
	<-ch
}
