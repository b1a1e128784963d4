// Checks select send cases: sending when buffer space or a receiver exists, and mixed send/receive cases.
package main

import "fmt"

func main() {
	out := make(chan int, 3)
	for i := 0; i < 5; i++ {
		select {
		case out <- i * 10:
			fmt.Println("queued", i*10)
		default:
			fmt.Println("full at", i)
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A send case to a waiting receiver.
	ch := make(chan string)
	got := make(chan string)
	go func() { got <- <-ch }()
	never := make(chan string)
	select {
	case ch <- "handed over":
	case v := <-never:
		fmt.Println("impossible", v)
	}
	fmt.Println(<-got)

	// Fill and drain with a single loop: send while there is input, receive otherwise.
	queue := make(chan int, 2)
	input := []int{1, 2, 3, 4}
	var output []int
	for len(output) < len(input) {
		if len(output)+len(queue) < len(input) && len(queue) < cap(queue) {
			select {
			case queue <- input[len(output)+len(queue)]:
			}
		} else {
			select {
			case v := <-queue:
				output = append(output, v)
			}
		}
	}
	fmt.Println(output)
}
