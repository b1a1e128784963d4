// Checks that select picks among several ready cases at random: over 1000 rounds each case is chosen.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		case <-c:
			counts["c"]++
		}
		// Empty the other two.
		select {
		case <-a:
		default:
		}
		select {
		case <-b:
		default:
		}
		select {
		case <-c:
		default:
		}
	}
	fmt.Println("a chosen:", counts["a"] > 0)
	fmt.Println("b chosen:", counts["b"] > 0)
	fmt.Println("c chosen:", counts["c"] > 0)
	fmt.Println("total:", counts["a"]+counts["b"]+counts["c"])

	// Send and receive ready together.
	s := make(chan int, 1)
	r := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 1000; i++ {
		r <- i
		select {
		case s <- i:
			sends++
			<-s
			<-r
		case <-r:
			recvs++
		}
	}
	fmt.Println("both chosen:", sends > 0 && recvs > 0, sends+recvs)
}
