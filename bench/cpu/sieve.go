// sieve: sieve of Eratosthenes over a []bool. Measures slice indexing and
// tight loops.
package main

import "fmt"

func main() {
	const n = 4000000
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	count, sum, last := 0, 0, 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			sum += i
			last = i
		}
	}
	fmt.Printf("primes below %d: %d\n", n, count)
	fmt.Printf("sum: %d\n", sum)
	fmt.Printf("largest: %d\n", last)
}
