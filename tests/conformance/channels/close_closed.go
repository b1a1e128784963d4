// Checks the run-time panic for closing a channel twice.
package main

import "fmt"

func main() {
	ch := make(chan struct{})
	close(ch)
	fmt.Println("closed once")
	close(ch)
	fmt.Println("never printed")
}
