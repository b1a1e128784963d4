// Counters and a flag through sync/atomic, and publication via atomic.Pointer.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type cfg struct{ name string }

func main() {
	var hits int64
	var n atomic.Int32
	var p atomic.Pointer[cfg]
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
			n.Add(1)
		}()
	}
	wg.Wait()
	go p.Store(&cfg{name: "x"})
	for p.Load() == nil {
	}
	fmt.Println(atomic.LoadInt64(&hits), n.Load(), p.Load().name)
}
