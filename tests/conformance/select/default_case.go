// Checks select with default: non-blocking receive and send, and default chosen only when nothing is ready.
package main

import "fmt"

func tryRecv(ch chan int) {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
}

func trySend(ch chan int, v int) {
	select {
	case ch <- v:
		fmt.Println("sent", v)
	default:
		fmt.Println("buffer full, dropped", v)
	}
}

func main() {
	ch := make(chan int, 2)
	tryRecv(ch)
	trySend(ch, 1)
	trySend(ch, 2)
	trySend(ch, 3)
	tryRecv(ch)
	tryRecv(ch)
	tryRecv(ch)

	// Unbuffered with nobody waiting: never ready.
	un := make(chan int)
	trySend(un, 9)
	tryRecv(un)

	// Only default.
	select {
	default:
		fmt.Println("select with only default")
	}

	// default can appear first; a ready case still wins.
	ready := make(chan string, 1)
	ready <- "ready case"
	select {
	default:
		fmt.Println("default")
	case s := <-ready:
		fmt.Println(s)
	}

	// A closed channel is always ready.
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel ready:", v, ok)
	default:
		fmt.Println("default")
	}
}
