// A receive from a buffered channel (capacity 1), then a write: the receive
// happens before the second send only, and the write comes after the receive,
// so the main goroutine's read after that send is not ordered with it.
// want race: 23 13
package main

import "fmt"

var x int

func recv(c chan int, done chan bool) {
	<-c
	x = 1
	done <- true
}

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go recv(c, done)
	c <- 1
	c <- 2
	fmt.Println(x)
	<-done
}
