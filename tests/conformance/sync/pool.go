// Checks the deterministic parts of sync.Pool: New is called on an empty pool, a pool without New gives nil.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	p := sync.Pool{
		New: func() any {
			created++
			return new(bytes.Buffer)
		},
	}
	buf := p.Get().(*bytes.Buffer)
	fmt.Println("created after first Get:", created)
	buf.WriteString("hello")
	fmt.Println(buf.String())
	buf.Reset()
	p.Put(buf)

	// After a Put, Get returns either the pooled object or a new one.
	b2 := p.Get().(*bytes.Buffer)
	fmt.Println("got a usable buffer:", b2 != nil && b2.Len() == 0, "created <= 2:", created <= 2)

	var empty sync.Pool
	fmt.Println("pool without New:", empty.Get())

	// A pool of []byte used by several goroutines.
	bufs := sync.Pool{New: func() any { return make([]byte, 0, 64) }}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := bufs.Get().([]byte)[:0]
			b = fmt.Appendf(b, "item-%d", i)
			results[i] = len(b)
			bufs.Put(b)
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
