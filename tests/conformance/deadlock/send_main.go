// Checks the deadlock report when main sends on an unbuffered channel with no receiver.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("sending")
	ch <- "hello"
	fmt.Println("never printed")
}
