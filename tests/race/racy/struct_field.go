// A struct field written through a pointer by two goroutines; the
// channel only orders each goroutine against main, not against each other.
// want race: 16 16
package main

import "fmt"

type account struct {
	balance int
}

func main() {
	a := &account{}
	done := make(chan bool)
	deposit := func(n int) {
		a.balance += n
		done <- true
	}
	go deposit(10)
	go deposit(20)
	<-done
	<-done
	fmt.Println(a.balance)
}
