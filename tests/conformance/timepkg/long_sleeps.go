// Checks ordering of goroutines sleeping for seconds (run with --virtual-time; real Go takes about 3s).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []time.Duration{3 * time.Second, time.Second, 2 * time.Second, 1500 * time.Millisecond} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(d)
			mu.Lock()
			order = append(order, d.String())
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	el := time.Since(start)
	fmt.Println("took at least 3s:", el >= 3*time.Second)
	fmt.Println("took less than 4s:", el < 4*time.Second)
	fmt.Println("rounded:", el.Round(time.Second))

	select {
	case <-time.After(500 * time.Millisecond):
		fmt.Println("after 500ms")
	case <-time.After(2 * time.Second):
		fmt.Println("after 2s")
	}
}
