// Checks that a goroutine's deferred calls run before its unrecovered panic kills the program, with an error value.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// goid reads the current goroutine's number from the header runtime.Stack writes.
func goid() int {
	buf := make([]byte, 64)
	s := string(buf[:runtime.Stack(buf, false)])
	s = strings.TrimPrefix(s, "goroutine ")
	n, _ := strconv.Atoi(s[:strings.IndexByte(s, ' ')])
	return n
}

type jobError struct{ id int }

func (e *jobError) Error() string { return "job " + strconv.Itoa(e.id) + " failed" }

func work(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("deferred in worker", id)
	if id == 3 {
		panic(&jobError{id})
	}
}

// With one P, goroutine numbers are consecutive: start goroutines until the last
// one was number 141, so the worker that panics is number 142.
func main() {
	runtime.GOMAXPROCS(1)
	ids := make(chan int)
	for {
		go func() { ids <- goid() }()
		if <-ids >= 141 {
			break
		}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go work(3, &wg)
	wg.Wait()
	fmt.Println("never printed")
}
