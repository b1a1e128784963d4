// Checks: 300 goroutines created without main blocking: the local run queue
// holds 256, so half of it overflows to the global queue; the order they run
// (printed as runs of consecutive ids) shows the overflow and runnext.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := make([]int, 0, 300)
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			order = append(order, i)
		}()
	}
	wg.Wait()
	var parts []string
	start := 0
	for k := 1; k <= len(order); k++ {
		if k == len(order) || order[k] != order[k-1]+1 {
			if start == k-1 {
				parts = append(parts, fmt.Sprint(order[start]))
			} else {
				parts = append(parts, fmt.Sprintf("%d-%d", order[start], order[k-1]))
			}
			start = k
		}
	}
	fmt.Println(len(order), "ran:", strings.Join(parts, " "))
}
