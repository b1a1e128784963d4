// Checks `for v := range ch` until close, `for range ch`, and break out of a range over a channel.
package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	for v := range produce(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	count := 0
	for range produce(7) {
		count++
	}
	fmt.Println("count:", count)

	buf := make(chan string, 4)
	buf <- "x"
	buf <- "y"
	buf <- "z"
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println()

	// Ranging over an already closed, empty channel does not run the body.
	empty := make(chan int)
	close(empty)
	for v := range empty {
		fmt.Println("unexpected", v)
	}
	fmt.Println("empty range finished")

	// break leaves the loop; the rest stays in the channel.
	rest := make(chan int, 10)
	for i := 0; i < 10; i++ {
		rest <- i
	}
	close(rest)
	for v := range rest {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("left:", len(rest))

	// Assign to an existing variable.
	var last int
	for last = range produce(3) {
	}
	fmt.Println("last:", last)
}
