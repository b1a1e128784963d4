// Checks go statements joined by a sync.WaitGroup, each goroutine writing its own slot.
package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i * i
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 8)
	for i := range out {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)

	// Anonymous function goroutines, with Add called once up front.
	words := []string{"alpha", "beta", "gamma"}
	lengths := make([]int, len(words))
	wg.Add(len(words))
	for i, w := range words {
		go func() {
			defer wg.Done()
			lengths[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(lengths)
	fmt.Println("all done")
}
