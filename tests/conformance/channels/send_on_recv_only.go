// Checks the compile error for sending on a receive-only channel.
package main

func main() {
	var ch <-chan int = make(chan int, 1)
	ch <- 1
}
