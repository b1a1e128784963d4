// Checks a Mutex-protected counter incremented by 4 goroutines x 1000 times, plus a protected map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	c := SafeCounter{v: make(map[string]int)}
	keys := []string{"b", "a", "c"}
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(keys[i%3])
		}()
	}
	wg.Wait()
	sorted := make([]string, 0, len(c.v))
	for k := range c.v {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		fmt.Println(k, c.Value(k))
	}

	// TryLock.
	var m sync.Mutex
	fmt.Println("TryLock free:", m.TryLock())
	fmt.Println("TryLock held:", m.TryLock())
	m.Unlock()
	fmt.Println("TryLock after Unlock:", m.TryLock())
	m.Unlock()

	// A Mutex can be unlocked by a different goroutine than the one that locked it.
	var handoff sync.Mutex
	handoff.Lock()
	go func() { handoff.Unlock() }()
	handoff.Lock()
	fmt.Println("locked again after another goroutine unlocked")
	handoff.Unlock()

	// sync.Locker.
	var l sync.Locker = &m
	l.Lock()
	l.Unlock()
	fmt.Println("Locker works")
}
