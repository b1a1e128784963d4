// Two goroutines increment a captured counter without synchronisation.
// want race: 15 15
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); counter++ }()
	}
	wg.Wait()
	fmt.Println(counter > 0)
}
