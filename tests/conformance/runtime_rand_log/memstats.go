package main

import (
	"fmt"
	"runtime"
)

// runtime.ReadMemStats: figures that are non-zero and keep Go's invariants.

var sink [][]int

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 200; i++ {
		sink = append(sink, make([]int, 10000))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	m := after
	fmt.Println(m.Alloc > 0, m.TotalAlloc >= m.Alloc, m.Sys > 0, m.Mallocs >= m.Frees)
	fmt.Println(m.HeapObjects == m.Mallocs-m.Frees, m.Alloc == m.HeapAlloc)
	fmt.Println(m.HeapSys >= m.HeapInuse, m.HeapInuse >= m.HeapAlloc, m.HeapIdle == m.HeapSys-m.HeapInuse)
	fmt.Println(m.HeapReleased <= m.HeapIdle, m.StackInuse <= m.StackSys, m.NextGC > 0)
	fmt.Println(m.Sys == m.HeapSys+m.StackSys+m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys)
	fmt.Println(m.NumGC > before.NumGC, m.NumForcedGC, m.LastGC > 0, m.PauseTotalNs > 0)
	fmt.Println(m.PauseNs[(m.NumGC+255)%256] > 0, m.EnableGC, m.DebugGC, m.GCCPUFraction >= 0)
	fmt.Println(after.TotalAlloc > before.TotalAlloc, after.Mallocs > before.Mallocs)
	fmt.Println(len(m.BySize), m.BySize[0].Size, m.BySize[1].Size, m.BySize[60].Size, m.Lookups)
	fmt.Println(len(sink))
}
