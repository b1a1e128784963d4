// A range over a channel nobody closes, in a goroutine, and main blocked in a select.
package main

func consume(c chan int, done chan bool) {
	for v := range c {
		println(v)
	}
	done <- true
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go consume(c, done)
	c <- 1
	select {
	case <-done:
	}
}
