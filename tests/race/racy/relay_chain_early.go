// As relay_chain.go in ../clean, but the last goroutine writes before the
// token reaches it: the relays order nothing for that write.
// want race: 11 21
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
	x = 2
	v := <-in
	done <- v > 0
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
