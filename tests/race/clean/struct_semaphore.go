// A semaphore made of a chan struct{} of capacity 2: real go run -race
// reports no race (its detector orders every send and receive on a channel
// of zero-size elements, there being no slots to tell apart); the same
// program on a chan int races (../racy/int_semaphore.go).
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	sem := make(chan struct{}, 2)
	done := make(chan bool)
	go func() {
		sem <- struct{}{}
		x = 1
		<-sem
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	sem <- struct{}{}
	fmt.Println(x)
	<-sem
	<-done
}
