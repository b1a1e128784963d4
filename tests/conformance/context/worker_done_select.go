// Checks workers selecting on ctx.Done() alongside a jobs channel, and stopping when the context is cancelled.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup, stopped chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped <- id
			return
		case j := <-jobs:
			results <- j * j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan int)
	stopped := make(chan int, 3)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(ctx, id, jobs, results, &wg, stopped)
	}
	go func() {
		for j := 1; j <= 6; j++ {
			jobs <- j
		}
	}()
	var got []int
	for i := 0; i < 6; i++ {
		got = append(got, <-results)
	}
	cancel()
	wg.Wait()
	close(stopped)
	sort.Ints(got)
	fmt.Println("results:", got)
	var ids []int
	for id := range stopped {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("stopped workers:", ids)
	fmt.Println("ctx:", ctx.Err())

	// A generator that stops when its context is cancelled.
	gen := func(ctx context.Context) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for n := 1; ; n++ {
				select {
				case <-ctx.Done():
					return
				case ch <- n:
				}
			}
		}()
		return ch
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	for n := range gen(ctx2) {
		fmt.Print(n, " ")
		if n == 5 {
			cancel2()
			break
		}
	}
	fmt.Println()
}
