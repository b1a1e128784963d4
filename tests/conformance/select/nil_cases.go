// Checks that nil-channel cases in select are never chosen, also with a ready channel next to them.
package main

import "fmt"

func main() {
	var nilRecv chan int
	var nilSend chan int
	ready := make(chan int, 1)
	for i := 0; i < 100; i++ {
		ready <- i
		select {
		case v := <-nilRecv:
			fmt.Println("impossible receive", v)
		case nilSend <- 1:
			fmt.Println("impossible send")
		case <-ready:
		}
	}
	fmt.Println("nil cases never chosen in 100 rounds")

	// Disable a send case by using a nil channel until there is something to send.
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	results := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		results <- got
	}()
	var pending []int
	for in != nil || len(pending) > 0 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*v)
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println(<-results)
}
