// Checks sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete, Swap, CompareAndSwap, Range, Clear.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	vals := map[string]any{}
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		vals[k.(string)] = v
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%v\n", k, vals[k])
	}
}

func main() {
	var m sync.Map
	m.Store("apple", 1)
	m.Store("banana", 2)
	m.Store("cherry", 3)
	v, ok := m.Load("banana")
	fmt.Println("Load banana:", v, ok)
	v, ok = m.Load("durian")
	fmt.Println("Load durian:", v, ok)

	actual, loaded := m.LoadOrStore("apple", 100)
	fmt.Println("LoadOrStore apple:", actual, loaded)
	actual, loaded = m.LoadOrStore("elder", 5)
	fmt.Println("LoadOrStore elder:", actual, loaded)

	v, loaded = m.LoadAndDelete("cherry")
	fmt.Println("LoadAndDelete cherry:", v, loaded)
	v, loaded = m.LoadAndDelete("cherry")
	fmt.Println("LoadAndDelete cherry again:", v, loaded)

	m.Delete("nothing")
	m.Delete("banana")

	prev, loaded := m.Swap("apple", 10)
	fmt.Println("Swap apple:", prev, loaded)
	prev, loaded = m.Swap("fig", 6)
	fmt.Println("Swap fig:", prev, loaded)

	fmt.Println("CompareAndSwap apple 10->11:", m.CompareAndSwap("apple", 10, 11))
	fmt.Println("CompareAndSwap apple 10->12:", m.CompareAndSwap("apple", 10, 12))
	fmt.Println("CompareAndDelete fig 7:", m.CompareAndDelete("fig", 7))
	fmt.Println("CompareAndDelete fig 6:", m.CompareAndDelete("fig", 6))
	dump(&m)

	// Range stops when the function returns false.
	visited := 0
	m.Range(func(k, v any) bool {
		visited++
		return false
	})
	fmt.Println("visited before stop:", visited)

	// Concurrent writers to distinct keys.
	var wg sync.WaitGroup
	var counts sync.Map
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprintf("k%d", i%4)
			for {
				old, _ := counts.LoadOrStore(key, 0)
				if counts.CompareAndSwap(key, old, old.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	dump(&counts)

	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after Clear:", n)
}
