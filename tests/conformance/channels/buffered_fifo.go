// Checks buffered channels: sends do not block until full, values come out in FIFO order.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- "d"
	ch <- "e"
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	// The sender blocks on the fourth send while the buffer is full.
	nums := make(chan int, 3)
	var sent atomic.Int32
	go func() {
		for i := 1; i <= 5; i++ {
			nums <- i
			sent.Add(1)
		}
		close(nums)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("sent while nobody received:", sent.Load(), "len:", len(nums))
	for v := range nums {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Capacity 1 as a mailbox.
	box := make(chan int, 1)
	for i := 0; i < 3; i++ {
		box <- i * i
		fmt.Println("mailbox:", <-box)
	}
}
