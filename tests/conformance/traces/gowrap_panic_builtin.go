// `go panic(v)`: the wrapper gc makes calls panic itself, so the trace shows
// main.main.gowrap1 at the go statement, then where the goroutine was created.
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
	go panic("from the wrapper")
	time.Sleep(time.Second)
}
