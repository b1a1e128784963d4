// Checks nil channels: their zero value, that operations on them never proceed in select, comparisons.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	fmt.Printf("%v %T\n", ch, ch)

	select {
	case v := <-ch:
		fmt.Println("received", v)
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channel is never ready")
	}

	// Merge two channels, disabling each one by setting it to nil once closed.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("merged", n, "values, sum", sum)

	ch = make(chan int)
	fmt.Println(ch == nil)
	ch = nil
	fmt.Println(ch == nil)
}
