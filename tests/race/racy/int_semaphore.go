// The semaphore of ../clean/struct_semaphore.go on a chan int: the main
// goroutine's send takes the other slot, which nothing ordered after the
// write of x; real go run -race reports the pair below.
// want race: 25 19
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	sem := make(chan int, 2)
	done := make(chan bool)
	go func() {
		sem <- 1
		x = 1
		<-sem
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	sem <- 1
	fmt.Println(x)
	<-sem
	<-done
}
