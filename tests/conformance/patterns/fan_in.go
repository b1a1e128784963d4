// Pattern: fan-in — several producers multiplexed onto one channel; results sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return ch
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// fanInSelect merges exactly two channels with a select loop.
func fanInSelect(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	var all []string
	for v := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)

	var two []string
	for v := range fanInSelect(producer("x", 2), producer("y", 3)) {
		two = append(two, v)
	}
	sort.Strings(two)
	fmt.Println(two)
}
