// Checks that `go f(x)` evaluates the function value and the arguments at the go statement.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ name string }

func (c counter) report(ch chan<- string, n int) {
	ch <- fmt.Sprintf("%s:%d", c.name, n)
}

func main() {
	ch := make(chan string)

	// The argument is evaluated when the go statement runs.
	x := 1
	go func(v int) { ch <- fmt.Sprint("arg ", v) }(x)
	x = 2
	fmt.Println(<-ch, "x now", x)

	// The function value is evaluated when the go statement runs.
	f := func(c chan<- string) { c <- "first f" }
	go f(ch)
	f = func(c chan<- string) { c <- "second f" }
	fmt.Println(<-ch)
	go f(ch)
	fmt.Println(<-ch)

	// A method value's receiver is copied at the go statement.
	c := counter{"old"}
	go c.report(ch, x)
	c.name = "new"
	x = 3
	fmt.Println(<-ch)

	// Arguments are evaluated in the calling goroutine, in order.
	var mu sync.Mutex
	var order []string
	next := func(s string) string {
		mu.Lock()
		defer mu.Unlock()
		order = append(order, s)
		return s
	}
	done := make(chan bool)
	go func(a, b string) {
		done <- a+b == "ab"
	}(next("a"), next("b"))
	mu.Lock()
	fmt.Println("evaluated before go returned:", order)
	mu.Unlock()
	fmt.Println(<-done)

	// A closure captures the variable, not its value: it sees a write made before it reads.
	y := 10
	start := make(chan struct{})
	go func() {
		<-start
		ch <- fmt.Sprint("closure sees ", y)
	}()
	y = 20
	close(start)
	fmt.Println(<-ch)
}
