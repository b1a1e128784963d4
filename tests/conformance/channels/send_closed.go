// Checks the run-time panic for a send on a closed channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	fmt.Println("closed; still holds", len(ch))
	defer fmt.Println("deferred calls run while panicking")
	ch <- 2
	fmt.Println("never printed")
}
