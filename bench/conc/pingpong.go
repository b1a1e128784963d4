// pingpong: two goroutines hit a ball back and forth over two unbuffered
// channels, 100,000 round trips = 200,000 messages. Measures the cost of a
// synchronous channel hand-off and the goroutine switch that goes with it.
package main

import "fmt"

const roundTrips = 100000

// pinger serves the ball, waits for it to come back, and reports the total
// of everything it received on done.
func pinger(ping chan<- int, pong <-chan int, done chan<- int) {
	ball, sum := 0, 0
	for i := 0; i < roundTrips; i++ {
		ping <- ball
		ball = <-pong
		sum += ball
		ball++
	}
	close(ping)
	done <- sum
}

// ponger returns every ball it receives, one higher.
func ponger(ping <-chan int, pong chan<- int) {
	for ball := range ping {
		pong <- ball + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go pinger(ping, pong, done)
	go ponger(ping, pong)
	sum := <-done
	fmt.Printf("messages: %d\n", 2*roundTrips)
	fmt.Printf("checksum: %d\n", sum)
}
