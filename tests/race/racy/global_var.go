// A package variable written by a goroutine and read by main with no
// happens-before edge between them (the sleep is not synchronisation).
// want race: 14 20
package main

import (
	"fmt"
	"time"
)

var ready int

func setter() {
	ready = 1
}

func main() {
	go setter()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(ready)
}
