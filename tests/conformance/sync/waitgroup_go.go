// Checks WaitGroup.Go (Go 1.25+), which starts a goroutine and tracks it in the group.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := range 5 {
		wg.Go(func() {
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(got)
	fmt.Println(got)

	// Goroutines started by Go may themselves call Go while the group is not empty.
	var count int
	var spawn func(depth int)
	spawn = func(depth int) {
		mu.Lock()
		count++
		mu.Unlock()
		if depth > 0 {
			wg.Go(func() { spawn(depth - 1) })
			wg.Go(func() { spawn(depth - 1) })
		}
	}
	wg.Go(func() { spawn(4) })
	wg.Wait()
	fmt.Println("spawned:", count)

	// Mixed with Add/Done.
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		count += 100
		mu.Unlock()
	}()
	wg.Go(func() {
		mu.Lock()
		count += 1000
		mu.Unlock()
	})
	wg.Wait()
	fmt.Println("count:", count)
}
