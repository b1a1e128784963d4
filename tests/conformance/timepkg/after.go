// Checks time.After: the channel delivers one value after the duration; main blocks until then.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	c := time.After(10 * time.Millisecond)
	fmt.Printf("%T\n", c)
	t := <-c
	fmt.Println("waited at least 10ms:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("value is a time after start:", !t.Before(start))

	// Several pending After channels fire in order of duration.
	a := time.After(20 * time.Millisecond)
	b := time.After(5 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a:
			fmt.Println("a (20ms)")
		case <-b:
			fmt.Println("b (5ms)")
		}
	}

	// A zero duration fires immediately.
	<-time.After(0)
	fmt.Println("After(0) fired")
}
