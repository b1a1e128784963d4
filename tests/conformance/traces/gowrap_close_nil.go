// `go close(ch)` of a nil channel in a function literal: the panic is in the
// runtime, so Go prints every frame, the wrapper main.main.func1.gowrap1 among
// them (the runtime's own frames are not compared).
package main

import (
	"runtime"
	"strconv"
	"strings"
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
	startAt100()
	var ch chan int
	func() {
		go close(ch)
	}()
	time.Sleep(time.Second)
}
