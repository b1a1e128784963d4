// Checks the compile error for using a receive-only channel where a bidirectional one is needed.
package main

func use(ch chan int) {}

func main() {
	var r <-chan int = make(chan int)
	use(r)
}
