// fib: naive doubly recursive Fibonacci. Measures function calls and
// integer arithmetic.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 32
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
