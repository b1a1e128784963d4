// The loop variable captured before Go 1.22's per-iteration semantics:
// here it is declared outside the loop, so every goroutine shares one i
// that main keeps writing.
// want race: 16 18
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var i int
	sum := make([]int, 3)
	for i = 0; i < 3; i++ {
		wg.Add(1)
		go func(k int) { defer wg.Done(); sum[k] = i }(i)
	}
	wg.Wait()
	fmt.Println(len(sum))
}
