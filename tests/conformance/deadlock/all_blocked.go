// Checks the deadlock report when every goroutine waits on another one in a cycle.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go func() {
		v := <-b
		c <- v
	}()
	go func() {
		v := <-c
		a <- v
	}()
	fmt.Println("three goroutines wait on each other")
	v := <-a
	b <- v
}
