// Checks that an unbuffered send blocks until a receiver takes the value, and the ordering it imposes.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ch := make(chan int)
	var sent atomic.Bool
	go func() {
		ch <- 42
		sent.Store(true)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("send completed without a receiver:", sent.Load())
	fmt.Println("received", <-ch)

	// Lock-step ordering: each side prints only after the other has handed over.
	ping := make(chan string)
	ack := make(chan bool)
	go func() {
		for _, w := range []string{"one", "two", "three"} {
			ping <- w
			<-ack
			fmt.Println("sender: acknowledged", w)
		}
		close(ping)
	}()
	for w := range ping {
		fmt.Println("receiver: got", w)
		ack <- true
	}
	fmt.Println("done")

	// The value sent is copied at the send.
	arr := make(chan [3]int)
	go func() {
		a := [3]int{1, 2, 3}
		arr <- a
	}()
	got := <-arr
	got[0] = 100
	fmt.Println(got)
}
