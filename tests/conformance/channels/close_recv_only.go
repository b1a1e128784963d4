// Checks the compile error for closing a receive-only channel.
package main

func finish(ch <-chan bool) {
	close(ch)
}

func main() {
	finish(make(chan bool))
}
