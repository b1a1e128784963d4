// Pattern: dining philosophers — ordered fork acquisition avoids deadlock; each eats a fixed number of times.
package main

import (
	"fmt"
	"sync"
)

const (
	philosophers = 5
	meals        = 3
)

func main() {
	forks := make([]sync.Mutex, philosophers)
	eaten := make([]int, philosophers)
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	var wg sync.WaitGroup
	var served sync.Mutex
	total := 0
	for p := 0; p < philosophers; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := p, (p+1)%philosophers
			// Always pick up the lower-numbered fork first.
			if left > right {
				left, right = right, left
			}
			for m := 0; m < meals; m++ {
				forks[left].Lock()
				forks[right].Lock()
				eaten[p]++
				served.Lock()
				total++
				served.Unlock()
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}()
	}
	wg.Wait()
	for p, n := range eaten {
		fmt.Printf("%s ate %d times\n", names[p], n)
	}
	fmt.Println("total meals:", total)
}
