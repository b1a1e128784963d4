// quicksort: sort 300,000 pseudo-random ints in place with a recursive
// Hoare-partition quicksort and print a checksum. Measures slice indexing,
// swaps, comparisons and recursion.
package main

import "fmt"

func quicksort(a []int, lo, hi int) {
	if lo >= hi {
		return
	}
	pivot := a[(lo+hi)/2]
	i, j := lo, hi
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a, lo, j)
	quicksort(a, i, hi)
}

func main() {
	const n = 300000
	// Park-Miller "minimal standard" generator.
	seed := 12345
	a := make([]int, n)
	for i := range a {
		seed = seed * 48271 % 2147483647
		a[i] = seed % 1000000
	}

	quicksort(a, 0, len(a)-1)

	sorted := true
	checksum := 0
	for i, x := range a {
		if i > 0 && a[i-1] > x {
			sorted = false
		}
		checksum = (checksum*31 + x) % 1000000007
	}
	fmt.Printf("n: %d sorted: %t\n", n, sorted)
	fmt.Printf("min: %d median: %d max: %d\n", a[0], a[n/2], a[n-1])
	fmt.Printf("checksum: %d\n", checksum)
}
