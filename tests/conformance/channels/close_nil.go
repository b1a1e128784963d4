// Checks the run-time panic for closing a nil channel.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing a nil channel")
	close(ch)
}
