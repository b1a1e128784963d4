// As buffered_recv_then_write.go in ../racy, but the write comes before the
// receive: the first receive happens before the second send completes
// (capacity 1), so the read after it is ordered after the write.
package main

import "fmt"

var x int

func recv(c chan int, done chan bool) {
	x = 1
	<-c
	done <- true
}

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go recv(c, done)
	for i := 0; i < 2; i++ {
		c <- i
	}
	fmt.Println(x)
	<-done
}
