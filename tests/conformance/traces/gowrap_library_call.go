// `go strings.Repeat(s, -1)`: the goroutine runs a library function, whose
// frames Go prints (not compared) and whose wrapper it hides: of the program
// only `created by` remains.
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
	go strings.Repeat("x", -1)
	time.Sleep(time.Second)
}
