// Checks `select {}` in main: other goroutines finish their work, then the runtime reports a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Println("worker step", i)
		}
		done <- true
	}()
	<-done
	go func() {
		fmt.Println("second worker finished")
	}()
	select {}
}
