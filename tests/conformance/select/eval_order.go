// Checks select's evaluation: channel and send-value expressions of all cases once, in source order, on entry.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("evaluate channel", name)
	return c
}

func val(name string, v int) int {
	fmt.Println("evaluate value", name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int)
	a <- 5
	b <- 0 // b is full, so only the receive from a can proceed
	var arr [2]int
	idx := func() int {
		fmt.Println("evaluate left-hand index")
		return 1
	}
	select {
	case ch("b", b) <- val("b", 1):
		fmt.Println("impossible: b is full")
	case arr[idx()] = <-ch("a", a):
		fmt.Println("chose receive from a:", arr)
	case ch("c", c) <- val("c", 2):
		fmt.Println("impossible")
	}

	// The same expressions are evaluated even when default is taken.
	select {
	case ch("c again", c) <- val("c again", 3):
	case <-ch("nil", nil):
	default:
		fmt.Println("default taken")
	}
}
