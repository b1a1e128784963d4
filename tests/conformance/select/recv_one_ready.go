// Checks select choosing the only ready receive case, and blocking until a case becomes ready.
package main

import "fmt"

func main() {
	a := make(chan string, 1)
	b := make(chan string, 1)
	b <- "from b"
	select {
	case v := <-a:
		fmt.Println("a:", v)
	case v := <-b:
		fmt.Println("b:", v)
	}

	a <- "from a"
	select {
	case v := <-a:
		fmt.Println("a:", v)
	case v := <-b:
		fmt.Println("b:", v)
	}

	// Blocks until a goroutine sends on one of the channels.
	c := make(chan int)
	d := make(chan int)
	go func() { d <- 7 }()
	select {
	case v := <-c:
		fmt.Println("c:", v)
	case v := <-d:
		fmt.Println("d:", v)
	}

	// A receive case whose value is discarded, and one without assignment.
	e := make(chan int, 1)
	e <- 1
	select {
	case <-e:
		fmt.Println("e received, value discarded")
	}
	e <- 2
	var x int
	select {
	case x = <-e:
		fmt.Println("assigned to existing variable:", x)
	}
}
