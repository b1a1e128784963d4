// Checks runtime.Goexit: it runs the goroutine's deferred calls and ends only that goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { out <- fmt.Sprint("recover during Goexit: ", recover()) }()
		defer func() { out <- "deferred runs" }()
		func() {
			out <- "inner function calls Goexit"
			runtime.Goexit()
		}()
		out <- "never sent"
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("main continues")
}
