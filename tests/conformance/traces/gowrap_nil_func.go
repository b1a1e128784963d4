// `go f(x)` with a nil f: gc wraps a call with arguments in main.main.gowrapN
// (numbered with the defer and go statements before it that get a wrapper:
// a method call, a builtin, a call with arguments; not a plain func() call),
// and the goroutine panics in that wrapper, which its trace shows.
package main

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// goid reads the current goroutine's number from the header runtime.Stack writes.
func goid() int {
	buf := make([]byte, 64)
	s := string(buf[:runtime.Stack(buf, false)])
	s = strings.TrimPrefix(s, "goroutine ")
	n, _ := strconv.Atoi(s[:strings.IndexByte(s, ' ')])
	return n
}

// startAt100 starts goroutines until the next one is number 100 (one P, so
// numbers are consecutive): the header's number does not depend on the
// runtime's own goroutines.
func startAt100() {
	runtime.GOMAXPROCS(1)
	ids := make(chan int)
	for {
		go func() { ids <- goid() }()
		if <-ids >= 99 {
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	defer wg.Done()     // deferwrap1: a method call
	go func() {}()      // no wrapper
	go println("hello") // gowrap2: a builtin
	time.Sleep(time.Millisecond)
	startAt100()
	var f func(int)
	go f(2) // gowrap3
	time.Sleep(time.Second)
}
