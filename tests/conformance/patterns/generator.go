// Pattern: generator — a function returns a channel fed by its own goroutine, stopped through a quit channel.
package main

import "fmt"

func primes(quit <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 2; ; n++ {
			isPrime := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isPrime = false
					break
				}
			}
			if !isPrime {
				continue
			}
			select {
			case out <- n:
			case <-quit:
				return
			}
		}
	}()
	return out
}

func take[T any](n int, in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
		if len(out) == n {
			break
		}
	}
	return out
}

func main() {
	quit := make(chan struct{})
	ps := primes(quit)
	fmt.Println(take(15, ps))
	close(quit)
	// Drain until the generator notices quit and closes its channel.
	for range ps {
	}
	fmt.Println("generator stopped")
}
