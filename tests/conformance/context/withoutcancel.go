// Checks context.WithoutCancel: values are kept, cancellation and deadline are not.
package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	parent, cancel := context.WithTimeout(context.WithValue(context.Background(), key("trace"), "t-1"), time.Hour)
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached:", detached.Err())
	_, ok := detached.Deadline()
	fmt.Println("detached has deadline:", ok)
	fmt.Println("detached Done is nil:", detached.Done() == nil)
	fmt.Println("value:", detached.Value(key("trace")))
	fmt.Println(context.WithoutCancel(context.Background()))

	// A context derived from it can be cancelled on its own.
	c, cancel2 := context.WithCancel(detached)
	cancel2()
	fmt.Println("derived:", c.Err(), "| detached:", detached.Err())
}
