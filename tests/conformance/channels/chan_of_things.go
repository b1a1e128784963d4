// Checks channels carrying channels (request/reply), structs, funcs, interfaces and pointers.
package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

type point struct{ X, Y int }

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- strings.ToUpper(r.text)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, w := range []string{"hello", "world"} {
		r := request{w, make(chan string)}
		reqs <- r
		fmt.Println(<-r.reply)
	}
	close(reqs)

	// A channel of channels.
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 99
	fmt.Println(<-inner)

	// Struct values.
	ps := make(chan point, 2)
	ps <- point{1, 2}
	ps <- point{X: 3}
	fmt.Println(<-ps, <-ps)
	fmt.Printf("%+v\n", point{5, 6})

	// Functions sent to a worker goroutine that runs them.
	jobs := make(chan func() string)
	results := make(chan string)
	go func() {
		for f := range jobs {
			results <- f()
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- func() string { return strings.Repeat("*", i) }
		}
		close(jobs)
	}()
	for r := range results {
		fmt.Println(r)
	}

	// Interface values keep their dynamic types.
	anys := make(chan any, 4)
	anys <- 1
	anys <- "two"
	anys <- 3.0
	anys <- point{4, 4}
	close(anys)
	for a := range anys {
		fmt.Printf("%T %v\n", a, a)
	}

	// Pointers share the pointee.
	pp := make(chan *point, 1)
	p := &point{1, 1}
	pp <- p
	q := <-pp
	q.X = 42
	fmt.Println(*p)

	// Channels are comparable and usable as map keys.
	a, b := make(chan int), make(chan int)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[a], names[b], a == b, a == a)
}
