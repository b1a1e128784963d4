// sync.Map shared by goroutines, a select-driven collector, context cancellation.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); m.Store(i, i*i) }()
	}
	wg.Wait()
	count := 0
	m.Range(func(k, v any) bool { count++; return true })

	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	result := 0
	go func() {
		for {
			select {
			case v := <-out:
				result += v
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := 1; i <= 3; i++ {
		out <- i
	}
	finished := make(chan bool)
	go func() { cancel(); finished <- true }()
	<-finished
	fmt.Println(count)
}
