// Checks that returning from main ends the program without waiting for other goroutines.
package main

import (
	"fmt"
	"time"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			defer fmt.Println("deferred in abandoned goroutine", i)
			<-block
			fmt.Println("never printed", i)
		}()
	}
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("never printed: sleeper woke up")
	}()
	go func() {
		for {
			time.Sleep(time.Millisecond)
			if false {
				fmt.Println("unreachable")
			}
		}
	}()
	defer fmt.Println("main's deferred call runs")
	fmt.Println("main returns now")
}
