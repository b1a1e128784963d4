// close of a closed channel in a called function: its line, and the call's.
package main

func closer(c chan int) {
	close(c)
}

func main() {
	c := make(chan int)
	close(c)
	closer(c)
}
