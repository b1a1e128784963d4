// Checks receiving from a closed channel: remaining values first, then zero values with ok == false.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	fmt.Println("plain receive after drain:", <-ch)

	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan point, 1)
	p <- point{1, 2}
	close(p)
	fmt.Println(<-p, <-p)

	ptrs := make(chan *point)
	close(ptrs)
	fmt.Println(<-ptrs == nil)

	e := make(chan error)
	close(e)
	fmt.Println(<-e)

	sl := make(chan []int)
	close(sl)
	got, ok := <-sl
	fmt.Println(got == nil, len(got), ok)

	// Comma-ok on an open channel with a value.
	open := make(chan int, 1)
	open <- 0
	v2, ok2 := <-open
	fmt.Println(v2, ok2)

	// Closing wakes a receiver that was already blocked.
	done := make(chan struct{})
	res := make(chan string)
	go func() {
		_, ok := <-done
		res <- fmt.Sprint("blocked receiver woke, ok=", ok)
	}()
	close(done)
	fmt.Println(<-res)

	// Assign to existing variables with = and comma-ok.
	var x int
	var more bool
	c := make(chan int, 1)
	c <- 7
	x, more = <-c
	fmt.Println(x, more)
	close(c)
	x, more = <-c
	fmt.Println(x, more)
}
