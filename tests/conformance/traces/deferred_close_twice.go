// A deferred builtin that panics at the function's return.
package main

func main() {
	c := make(chan int)
	defer close(c)
	close(c)
	println("closed")
}
