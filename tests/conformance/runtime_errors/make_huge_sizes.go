package main

// make with lengths and capacities computed at run time, too large for Go's
// address space (over 1<<48 bytes) or negative: run-time panics, recoverable.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	big := 1 << 62
	neg := -3
	try("len 1<<62", func() { _ = make([]int, big) })
	try("cap 1<<62", func() { _ = make([]int, 0, big) })
	try("bytes 1<<50", func() { _ = make([]byte, big>>12) })
	try("len > cap", func() { _ = make([]int, 10, 5) })
	try("negative len", func() { _ = make([]int, neg) })
	try("negative cap", func() { _ = make([]int, 0, neg) })
	try("negative struct{} len", func() { _ = make([]struct{}, neg) })
	try("chan 1<<62", func() { _ = make(chan int, big) })
	try("negative chan", func() { _ = make(chan int, neg) })
	try("uint64 len", func() { var n uint64 = 1 << 63; _ = make([]byte, n) })
	c := make(chan struct{}, big) // zero-size elements: any size fits
	fmt.Println(cap(c))
	m := make(map[string]int, big) // a size hint only
	fmt.Println(len(m))
	m = make(map[string]int, neg)
	fmt.Println(len(m))
}
