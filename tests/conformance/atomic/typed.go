// Checks the typed atomics: Int32, Int64, Uint32, Uint64, Bool, Pointer[T] and Value.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var i32 atomic.Int32
	fmt.Println("Int32 zero:", i32.Load())
	fmt.Println("Add:", i32.Add(5), "Add:", i32.Add(-2))
	i32.Store(10)
	fmt.Println("Swap old:", i32.Swap(20), "Load:", i32.Load())
	fmt.Println("CAS 20->21:", i32.CompareAndSwap(20, 21), "CAS 20->22:", i32.CompareAndSwap(20, 22), i32.Load())
	fmt.Println("And old:", i32.And(0b10101), "Or old:", i32.Or(0b1000), "now:", i32.Load())

	var i64 atomic.Int64
	i64.Store(1 << 40)
	fmt.Println("Int64:", i64.Add(1), i64.Load())

	var u32 atomic.Uint32
	u32.Store(7)
	fmt.Println("Uint32:", u32.Add(^uint32(0)), u32.Load())

	var u64 atomic.Uint64
	fmt.Println("Uint64 wraps:", u64.Add(^uint64(0)))
	fmt.Println("Uint64 Swap:", u64.Swap(3), u64.Load())

	var b atomic.Bool
	fmt.Println("Bool zero:", b.Load())
	b.Store(true)
	fmt.Println("Bool Swap old:", b.Swap(false), "now:", b.Load())
	fmt.Println("Bool CAS false->true:", b.CompareAndSwap(false, true), b.Load())
	fmt.Println("Bool CAS false->true again:", b.CompareAndSwap(false, true))

	var p atomic.Pointer[config]
	fmt.Println("Pointer zero is nil:", p.Load() == nil)
	c1 := &config{"base", 1}
	p.Store(c1)
	fmt.Println("Pointer Load:", *p.Load())
	c2 := &config{"next", 2}
	old := p.Swap(c2)
	fmt.Println("Swap returned old:", old == c1, "now:", p.Load().name)
	fmt.Println("CAS with stale old:", p.CompareAndSwap(c1, &config{"x", 3}))
	fmt.Println("CAS with current:", p.CompareAndSwap(c2, &config{"third", 3}), p.Load().version)

	var v atomic.Value
	fmt.Println("Value zero Load:", v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println("Value Load:", v.Load().([]string))
	fmt.Println("Value Swap old:", v.Swap([]string{"c"}), "now:", v.Load())
	var cfg atomic.Value
	cfg.Store(config{"v", 1})
	fmt.Println("CAS comparable:", cfg.CompareAndSwap(config{"v", 1}, config{"v", 2}), cfg.Load())

	// Typed atomics in a struct, with their zero values ready to use.
	type stats struct {
		hits, misses atomic.Int64
		ready        atomic.Bool
	}
	var s stats
	s.hits.Add(3)
	s.misses.Add(1)
	s.ready.Store(true)
	fmt.Println("stats:", s.hits.Load(), s.misses.Load(), s.ready.Load())
}
