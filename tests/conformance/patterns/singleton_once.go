// Pattern: concurrency-safe singleton created lazily with sync.Once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type database struct {
	name string
	id   int
}

var (
	instance *database
	once     sync.Once
	inits    atomic.Int32
)

func getInstance() *database {
	once.Do(func() {
		inits.Add(1)
		instance = &database{name: "primary", id: 1}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	got := make([]*database, 100)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = getInstance()
		}()
	}
	wg.Wait()
	same := true
	for _, d := range got {
		same = same && d == got[0]
	}
	fmt.Println("initialised", inits.Load(), "time(s); all the same instance:", same)
	fmt.Printf("%+v\n", *getInstance())
}
