// A store through a nil pointer in a goroutine's function: its line, and
// where the goroutine was created. (Goroutines are started until the next
// one is number 100, as in goroutines/panic_in_goroutine.go, so that the
// header's number does not depend on the runtime's own goroutines.)
package main

import (
	"runtime"
	"strconv"
	"strings"
	"time"
)

type T struct{ x int }

func set(p *T) {
	p.x = 1
}

func goid() int {
	buf := make([]byte, 64)
	s := string(buf[:runtime.Stack(buf, false)])
	s = strings.TrimPrefix(s, "goroutine ")
	n, _ := strconv.Atoi(s[:strings.IndexByte(s, ' ')])
	return n
}

func main() {
	runtime.GOMAXPROCS(1)
	ids := make(chan int)
	for {
		go func() { ids <- goid() }()
		if <-ids >= 99 {
			break
		}
	}
	go set(nil)
	time.Sleep(time.Second)
}
