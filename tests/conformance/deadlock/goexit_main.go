// Checks runtime.Goexit in main: other goroutines finish, then the program dies with a special fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine still ran")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
