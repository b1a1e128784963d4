// Pattern: cancelling a pipeline with a context — every stage stops and closes its output.
package main

import (
	"context"
	"fmt"
	"sync"
)

func source(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func double(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- v * 2:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	out := double(ctx, &wg, double(ctx, &wg, source(ctx, &wg)))
	for v := range out {
		fmt.Println(v)
		if v >= 20 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("all stages stopped:", ctx.Err())
	_, ok := <-out
	fmt.Println("output closed:", !ok)
}
