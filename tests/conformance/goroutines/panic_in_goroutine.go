// Checks that a panic in a non-main goroutine kills the whole program (exit 2, panic message, goroutine header).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// goid reads the current goroutine's number from the header runtime.Stack writes.
func goid() int {
	buf := make([]byte, 64)
	s := string(buf[:runtime.Stack(buf, false)])
	s = strings.TrimPrefix(s, "goroutine ")
	n, _ := strconv.Atoi(s[:strings.IndexByte(s, ' ')])
	return n
}

// Real Go numbers goroutines from per-P batches, so the number of a new goroutine
// depends on scheduling. With one P, numbers are consecutive: start goroutines
// until the last one was number 99, so the next one is number 100.
func main() {
	runtime.GOMAXPROCS(1)
	ids := make(chan int)
	for {
		go func() { ids <- goid() }()
		if <-ids >= 99 {
			break
		}
	}
	fmt.Println("main is goroutine", goid())
	defer fmt.Println("main's deferred call never runs")
	go func() {
		fmt.Println("worker about to panic")
		panic("something went wrong in the worker")
	}()
	select {}
}
