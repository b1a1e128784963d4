// Checks the classic mistake of sending and then receiving on the same unbuffered channel in one goroutine.
package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1
	fmt.Println(<-ch)
}
