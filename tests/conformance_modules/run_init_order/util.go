package main

import "fmt"

var last = trace("last (util.go)", 7)

var counter = &Counter{}

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("counter=%d", c.n) }

func trace(what string, v ...int) int {
	counter.n++
	fmt.Println("var", what, v)
	return len(v) * 10
}

func init() { fmt.Println("init in util.go") }
