// Checks two goroutines passing a ball back and forth over unbuffered channels.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits == 8 {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	ping := make(chan *ball)
	pong := make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(ball)
	fmt.Println("last hit by", <-done)

	// One channel shared by two players: whoever receives hits back. Which player
	// starts is not determined, so only the hit numbers are printed.
	table := make(chan int)
	finished := make(chan bool)
	for _, name := range []string{"A", "B"} {
		go func() {
			for {
				n := <-table
				if n >= 5 {
					finished <- true
					return
				}
				fmt.Println("hit", n)
				_ = name
				table <- n + 1
			}
		}()
	}
	table <- 0
	<-finished
	fmt.Println("game over")
}
