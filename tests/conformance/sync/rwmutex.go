// Checks RWMutex: concurrent readers, exclusive writers, TryLock/TryRLock, RLocker.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
}

func main() {
	s := &store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.set(fmt.Sprint("k", i%5), i)
		}()
	}
	wg.Wait()
	var hits atomic.Int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := s.get(fmt.Sprint("k", i%7)); ok {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("keys:", len(s.data), "hits:", hits.Load())

	// Two read locks can be held at once; a write lock excludes everything.
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("second RLock while read-locked:", rw.TryRLock())
	fmt.Println("Lock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("Lock when free:", rw.TryLock())
	fmt.Println("RLock while write-locked:", rw.TryRLock())
	rw.Unlock()

	// Readers held concurrently: all three hold the read lock at the same time.
	var inside sync.WaitGroup
	inside.Add(3)
	var all sync.WaitGroup
	for i := 0; i < 3; i++ {
		all.Add(1)
		go func() {
			defer all.Done()
			rw.RLock()
			inside.Done()
			inside.Wait() // only returns if all three readers are inside together
			rw.RUnlock()
		}()
	}
	all.Wait()
	fmt.Println("three readers were inside together")

	// A waiting writer gets the lock once the readers leave.
	rw.RLock()
	got := make(chan string)
	go func() {
		rw.Lock()
		got <- "writer acquired"
		rw.Unlock()
	}()
	rw.RUnlock()
	fmt.Println(<-got)

	// RLocker returns a Locker using RLock/RUnlock.
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("TryLock while RLocker held:", rw.TryLock())
	rl.Unlock()
	fmt.Println("TryLock after RLocker released:", rw.TryLock())
	rw.Unlock()
}
