// As buffered_handoff.go in ../racy, with a second send: the first receive
// happens before it completes (capacity 1), so the read is ordered.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go func() {
		x = 1
		<-c
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	c <- 1
	c <- 2
	fmt.Println(x)
	<-done
}
