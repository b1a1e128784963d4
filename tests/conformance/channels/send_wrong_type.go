// Checks the compile error for sending a value of the wrong type on a channel.
package main

func main() {
	ch := make(chan int, 1)
	ch <- "hello"
}
