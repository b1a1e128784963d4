// Checks select inside a for loop: plain break leaves only the select, labeled break leaves the loop.
package main

import "fmt"

func main() {
	nums := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			nums <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case n := <-nums:
			if n%2 == 0 {
				break // only leaves the select
			}
			sum += n
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum of odd numbers:", sum)

	// continue with a label from inside select.
	data := make(chan int, 6)
	for i := 0; i < 6; i++ {
		data <- i
	}
	close(data)
	var kept []int
outer:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break outer
			}
			if v%3 == 0 {
				continue outer
			}
			kept = append(kept, v)
		}
	}
	fmt.Println("kept:", kept)

	// return from inside select ends the function.
	fmt.Println("first:", first(data))
}

func first(ch <-chan int) int {
	for {
		select {
		case v := <-ch:
			return v * 100
		}
	}
}
