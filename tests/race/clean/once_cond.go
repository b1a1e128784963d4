// sync.Once initialisation read by many goroutines, and a Cond-guarded queue.
package main

import (
	"fmt"
	"sync"
)

var (
	once     sync.Once
	settings []int
)

func load() []int {
	once.Do(func() { settings = []int{1, 2, 3} })
	return settings
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = load()[0] }()
	}
	wg.Wait()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	go func() {
		for i := 0; i < 3; i++ {
			mu.Lock()
			queue = append(queue, i)
			mu.Unlock()
			cond.Signal()
		}
	}()
	got := 0
	mu.Lock()
	for got < 3 {
		for len(queue) == 0 {
			cond.Wait()
		}
		queue = queue[1:]
		got++
	}
	mu.Unlock()
	fmt.Println(len(load()), got)
}
