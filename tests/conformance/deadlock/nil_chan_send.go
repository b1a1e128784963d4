// Checks the deadlock report for a send on a nil channel.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("sending on nil channel")
	ch <- 1
}
