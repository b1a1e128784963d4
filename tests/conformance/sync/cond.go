// Checks sync.Cond: Wait in a loop on a condition, Signal waking one waiter, Broadcast waking all.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := newQueue()
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			sum := 0
			for j := 0; j < 4; j++ {
				sum += q.get()
			}
			results <- sum
		}()
	}
	for i := 1; i <= 12; i++ {
		q.put(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-results
	}
	fmt.Println("total consumed:", total)

	// Broadcast releases every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := false
	waiting := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !started {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	// Wait until all five are waiting, checked under the lock.
	for {
		mu.Lock()
		if waiting == 5 {
			break
		}
		mu.Unlock()
	}
	started = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("all", waiting, "waiters released by Broadcast")

	// Signal and Broadcast with no waiters are no-ops.
	cond.Signal()
	cond.Broadcast()
	fmt.Println("signal without waiters is fine")

	// The Cond's Locker can be an RWMutex's read locker.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	rc.L.Lock()
	rc.L.Unlock()
	fmt.Println("cond with RLocker")
}
