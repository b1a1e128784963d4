package main

// time.AfterFunc with a nil func: when the timer fires it starts a goroutine
// running nil, a fatal error.

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(time.Millisecond, nil)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("unreached")
}
