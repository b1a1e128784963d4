// A write, then a token passed along a chain of relays that touch no
// shared memory, then a write by the last goroutine: ordered, no race.
package main

import "fmt"

var x int

func first(out chan<- int) {
	x = 1
	out <- 1
}

func relay(in <-chan int, out chan<- int) {
	v := <-in
	out <- v + 1
}

func last(in <-chan int, done chan<- bool) {
	v := <-in
	x += v
	done <- true
}

func main() {
	const n = 50
	head := make(chan int)
	go first(head)
	in := head
	for i := 0; i < n; i++ {
		out := make(chan int, i%2)
		go relay(in, out)
		in = out
	}
	done := make(chan bool)
	go last(in, done)
	<-done
	fmt.Println(x)
}
