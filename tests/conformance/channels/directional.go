// Checks directional channel types: parameters, implicit conversion from bidirectional, %T names.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func onlyRecv(ch chan int) <-chan int { return ch }

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 5)
	go consumer(ch, done)
	fmt.Println("sum:", <-done)

	var send chan<- string
	var recv <-chan string
	both := make(chan string, 1)
	send = both
	recv = both
	send <- "through send-only"
	fmt.Println(<-recv)

	fmt.Printf("%T\n", both)
	fmt.Printf("%T\n", send)
	fmt.Printf("%T\n", recv)
	fmt.Printf("%T\n", onlyRecv(make(chan int)))
	fmt.Printf("%T\n", make(chan chan int))
	fmt.Printf("%T\n", make(chan<- chan int))
	fmt.Printf("%T\n", make(chan (<-chan int)))
	fmt.Printf("%T\n", make(chan<- <-chan int))
	fmt.Printf("%T\n", make(<-chan <-chan int))
	fmt.Printf("%T\n", make(chan func() int))
	fmt.Printf("%T\n", make(chan struct{}))
	fmt.Printf("%T\n", []chan<- bool{})
	fmt.Printf("%T\n", map[string]<-chan error{})

	// Explicit conversion to a directional type, and comparison with the original.
	r := (<-chan string)(both)
	s := (chan<- string)(both)
	fmt.Println(r == both, s == both)

	// A send-only channel can still be closed, and len/cap work on both directions.
	out := make(chan int, 2)
	var so chan<- int = out
	so <- 1
	fmt.Println(len(so), cap(so))
	close(so)
	v, ok := <-out
	fmt.Println(v, ok)
	v, ok = <-out
	fmt.Println(v, ok)
}
