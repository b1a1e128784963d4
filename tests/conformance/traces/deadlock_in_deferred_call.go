// A deferred call that blocks while main panics: the dump shows the deferred
// call, and main at the line of the panic.
package main

func main() {
	c := make(chan int)
	defer func() {
		<-c
	}()
	var m map[int]int
	m[1] = 2
}
