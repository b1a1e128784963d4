// Checks Go 1.22+ per-iteration loop variables captured by goroutines.
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
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(got)
	fmt.Println("three-clause loop:", got)

	got = nil
	for _, s := range []string{"c", "a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, int(s[0]-'a'))
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(got)
	fmt.Println("range loop:", got)

	got = nil
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i*10)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(got)
	fmt.Println("range over int:", got)
}
