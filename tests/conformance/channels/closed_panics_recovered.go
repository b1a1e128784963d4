// Checks recovering the channel panics and printing their values and types.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, isErr)
		if isErr {
			fmt.Printf("  %T\n", err)
		}
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close of closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close of nil", func() {
		var ch chan string
		close(ch)
	})
	try("send-only closed via select", func() {
		ch := make(chan int)
		close(ch)
		select {
		case ch <- 1:
		default:
		}
	})
	try("no panic", func() {})
}
