// Readers under RLock, a writer under Lock.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); s.set("k", i) }()
		go func() { defer wg.Done(); _ = s.get("k") }()
	}
	wg.Wait()
	fmt.Println(len(s.data))
}
