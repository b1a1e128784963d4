// Two goroutines write the same slice element; a WaitGroup orders them
// against main, not against each other.
// want race: 16 16
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() { defer wg.Done(); s[2] = w }()
	}
	wg.Wait()
	fmt.Println(len(s))
}
