// primes: the classic concurrent prime sieve (a daisy chain of filter
// goroutines, one per prime found, connected by unbuffered channels) run
// until it has produced the first 1,000 primes. Measures goroutine
// creation and a great many channel hand-offs along a long chain.
package main

import "fmt"

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the values from in to out, dropping those divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	const n = 1000
	ch := make(chan int)
	go generate(ch)
	sum, prime := 0, 0
	for i := 0; i < n; i++ {
		prime = <-ch
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Printf("prime %d: %d\n", n, prime)
	fmt.Printf("sum of the first %d primes: %d\n", n, sum)
}
