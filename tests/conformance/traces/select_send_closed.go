// A select sending on a closed channel panics at the select.
package main

func main() {
	c := make(chan int, 1)
	close(c)
	select {
	case c <- 1:
	default:
	}
}
