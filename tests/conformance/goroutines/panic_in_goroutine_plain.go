// Checks a panic with a formatted value in a goroutine started with `go f(x)` while main waits on a channel.
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

func divide(a, b int, out chan<- int) {
	out <- a / b
}

// With one P, goroutine numbers are consecutive: start goroutines until the last
// one was number 199, so the goroutine that fails is number 201.
func main() {
	runtime.GOMAXPROCS(1)
	ids := make(chan int)
	for {
		go func() { ids <- goid() }()
		if <-ids >= 199 {
			break
		}
	}
	out := make(chan int)
	go divide(10, 2, out)
	fmt.Println("10/2 =", <-out)
	go divide(1, 0, out)
	fmt.Println("never printed", <-out)
}
