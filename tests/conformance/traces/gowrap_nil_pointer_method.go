// `go i.M(x)` where the interface holds a nil *T and M has a value
// receiver: dereferencing the pointer fails in gc's wrapper, main.main.gowrap1.
package main

import (
	"runtime"
	"strconv"
	"strings"
	"time"
)

type T struct{ n int }

func (t T) show(x int) { println(t.n, x) }

type shower interface{ show(int) }

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
	var p *T
	var s shower = p
	go s.show(1)
	time.Sleep(time.Second)
}
