// Checks the sync/atomic functions: Add, Load, Store, Swap, CompareAndSwap, And, Or on several integer types.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32 = 5
	var i64 int64
	var u32 uint32 = 10
	var u64 uint64
	var up uintptr

	fmt.Println("AddInt32:", atomic.AddInt32(&i32, 3), i32)
	fmt.Println("AddInt32 negative:", atomic.AddInt32(&i32, -10))
	fmt.Println("AddInt64:", atomic.AddInt64(&i64, 1<<40))
	fmt.Println("AddUint32:", atomic.AddUint32(&u32, 5))
	fmt.Println("AddUint32 decrement:", atomic.AddUint32(&u32, ^uint32(0)))
	fmt.Println("AddUint64 wraps:", atomic.AddUint64(&u64, ^uint64(0)))
	fmt.Println("AddUintptr:", atomic.AddUintptr(&up, 8))

	fmt.Println("LoadInt32:", atomic.LoadInt32(&i32))
	fmt.Println("LoadInt64:", atomic.LoadInt64(&i64))
	fmt.Println("LoadUint32:", atomic.LoadUint32(&u32))
	fmt.Println("LoadUint64:", atomic.LoadUint64(&u64))

	atomic.StoreInt64(&i64, -7)
	atomic.StoreInt32(&i32, 100)
	atomic.StoreUint32(&u32, 1)
	atomic.StoreUint64(&u64, 2)
	fmt.Println("after stores:", i64, i32, u32, u64)

	fmt.Println("SwapInt64 old:", atomic.SwapInt64(&i64, 99), "new:", i64)
	fmt.Println("SwapInt32 old:", atomic.SwapInt32(&i32, 0), "new:", i32)
	fmt.Println("SwapUint32 old:", atomic.SwapUint32(&u32, 3), "new:", u32)

	fmt.Println("CompareAndSwapInt32 0->1:", atomic.CompareAndSwapInt32(&i32, 0, 1), i32)
	fmt.Println("CompareAndSwapInt32 0->2:", atomic.CompareAndSwapInt32(&i32, 0, 2), i32)
	fmt.Println("CompareAndSwapInt64 99->-1:", atomic.CompareAndSwapInt64(&i64, 99, -1), i64)
	fmt.Println("CompareAndSwapUint64 5->6:", atomic.CompareAndSwapUint64(&u64, 5, 6), u64)

	var bits int32 = 0b1100
	fmt.Println("AndInt32 old:", atomic.AndInt32(&bits, 0b1010), "new:", bits)
	fmt.Println("OrInt32 old:", atomic.OrInt32(&bits, 0b0001), "new:", bits)
	var ubits uint64 = 0xF0
	fmt.Println("AndUint64 old:", atomic.AndUint64(&ubits, 0x3C), "new:", ubits)
	fmt.Println("OrUint64 old:", atomic.OrUint64(&ubits, 0x01), "new:", ubits)
}
