// Checks the generator pattern: functions returning receive-only channels fed by goroutines.
package main

import "fmt"

func count(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func fibonacci() <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for {
			ch <- a
			a, b = b, a+b
		}
	}()
	return ch
}

func boring(msg string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			c <- fmt.Sprintf("%s %d", msg, i)
		}
	}()
	return c
}

func main() {
	for v := range count(3, 6) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	fib := fibonacci()
	for i := 0; i < 12; i++ {
		fmt.Print(<-fib, " ")
	}
	fmt.Println()

	joe := boring("Joe")
	ann := boring("Ann")
	for i := 0; i < 3; i++ {
		fmt.Println(<-joe)
		fmt.Println(<-ann)
	}
	fmt.Println("You're both boring; I'm leaving.")
}
