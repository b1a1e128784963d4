// A receiver already waiting on a buffered channel gets the value straight
// from the sender, but Go orders it as if through the buffer: the receive
// happens before the (1+capacity)-th send, not before this one, so the write
// before the receive races with the read after the send.
// want race: 25 19
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
	fmt.Println(x)
	<-done
}
