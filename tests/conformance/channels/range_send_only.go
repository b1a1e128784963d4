// Checks the compile error for ranging over a send-only channel.
package main

import "fmt"

func main() {
	var ch chan<- int = make(chan int)
	for v := range ch {
		fmt.Println(v)
	}
}
