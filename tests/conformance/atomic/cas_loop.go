// Checks lock-free updates with CompareAndSwap retry loops: a running maximum and a spinlock.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func storeMax(p *int64, v int64) {
	for {
		old := atomic.LoadInt64(p)
		if v <= old || atomic.CompareAndSwapInt64(p, old, v) {
			return
		}
	}
}

type spinLock struct{ state int32 }

func (l *spinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinLock) Unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	var max int64
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				storeMax(&max, int64((g*37+i*11)%1000))
			}
		}()
	}
	wg.Wait()
	fmt.Println("max:", max)

	var l spinLock
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.Lock()
				count++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count under spinlock:", count)

	// Lock-free stack push with atomic.Pointer.
	type node struct {
		v    int
		next *node
	}
	var head atomic.Pointer[node]
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := &node{v: g}
			for {
				old := head.Load()
				n.next = old
				if head.CompareAndSwap(old, n) {
					return
				}
			}
		}()
	}
	wg.Wait()
	sum, length := 0, 0
	for n := head.Load(); n != nil; n = n.next {
		sum += n.v
		length++
	}
	fmt.Println("stack length:", length, "sum:", sum)
}
