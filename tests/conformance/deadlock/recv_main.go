// Checks the deadlock report when main receives from a channel nobody sends on.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value")
	v := <-ch
	fmt.Println("never printed", v)
}
