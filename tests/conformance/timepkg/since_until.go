// Checks time.Since and time.Until in ways whose printed results are deterministic.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed >= 10ms:", elapsed >= 10*time.Millisecond)
	fmt.Println("elapsed < 10s:", elapsed < 10*time.Second)
	fmt.Println("Sub agrees:", time.Now().Sub(start) >= elapsed)

	deadline := time.Now().Add(time.Hour)
	left := time.Until(deadline)
	fmt.Println("until is positive:", left > 0, "and at most an hour:", left <= time.Hour)
	fmt.Println("past deadline until is negative:", time.Until(start) < 0)

	// Monotonic ordering of successive Now calls.
	a := time.Now()
	b := time.Now()
	fmt.Println("b not before a:", !b.Before(a))

	// Rounding elapsed time to a coarse unit for printing.
	fmt.Println("rounded to hours:", time.Since(start).Round(time.Hour))
	fmt.Println("truncated to seconds:", time.Since(start).Truncate(time.Second))
}
