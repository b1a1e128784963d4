// Checks sync.Once: the function runs exactly once across goroutines; a panicking f still counts as done.
package main

import (
	"fmt"
	"sync"
)

type config struct{ name string }

var (
	once sync.Once
	cfg  *config
	runs int
)

func load() *config {
	once.Do(func() {
		runs++
		cfg = &config{name: "loaded"}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*config, 50)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = load()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("runs:", runs, "same pointer:", same, "name:", ptrs[0].name)

	// Do with a different function does nothing after the first call.
	var o sync.Once
	o.Do(func() { fmt.Println("first function") })
	o.Do(func() { fmt.Println("second function never runs") })

	// If f panics, Do considers it returned; later calls do not run f.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	p.Do(func() { fmt.Println("not run again") })
	fmt.Println("after panicking Do")

	// Each Once value is independent.
	var a, b sync.Once
	a.Do(func() { fmt.Println("a runs") })
	b.Do(func() { fmt.Println("b runs") })

	// Nested Do on a different Once works.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner inside outer") })
	})
}
