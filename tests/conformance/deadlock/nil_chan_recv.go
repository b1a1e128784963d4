// Checks the deadlock report for a receive from a nil channel.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("receiving from nil channel")
	<-ch
}
