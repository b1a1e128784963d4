// Pattern: timeouts with select — per-call timeouts around slow operations, and an overall deadline.
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timeout")

func call(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1) // buffered so the goroutine never leaks blocked
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func withTimeout(d time.Duration, c <-chan string) (string, error) {
	select {
	case v := <-c:
		return v, nil
	case <-time.After(d):
		return "", errTimeout
	}
}

func main() {
	v, err := withTimeout(50*time.Millisecond, call(time.Millisecond, "quick answer"))
	fmt.Printf("%q %v\n", v, err)
	v, err = withTimeout(5*time.Millisecond, call(time.Hour, "slow answer"))
	fmt.Printf("%q %v\n", v, err)

	// First response wins among replicas; the slow ones are ignored.
	replicas := []time.Duration{time.Hour, 2 * time.Millisecond, time.Hour}
	first := make(chan string, len(replicas))
	for i, d := range replicas {
		go func() {
			time.Sleep(d)
			first <- fmt.Sprint("replica ", i)
		}()
	}
	select {
	case r := <-first:
		fmt.Println("first response from", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no replica answered")
	}
}
