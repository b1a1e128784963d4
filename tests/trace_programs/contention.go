// Lock contention: eight goroutines update a shared map under one mutex and
// hold it while they "work", so the others queue on Lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Add(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	time.Sleep(200 * time.Microsecond) // work done while holding the lock
	s.counts[key]++
}

func main() {
	s := &Stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				s.Add(fmt.Sprint("k", i%3))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.counts["k0"], s.counts["k1"], s.counts["k2"])
}
