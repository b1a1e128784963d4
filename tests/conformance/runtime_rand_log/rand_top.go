// Checks math/rand top-level functions only through properties that hold for every random outcome.
package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if v := rand.Int63n(5); v < 0 || v >= 5 {
			ok = false
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 || rand.Int31() < 0 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println("all values in range:", ok)

	p := rand.Perm(8)
	fmt.Println("Perm has 8 elements:", len(p))
	sort.Ints(p)
	fmt.Println("sorted Perm:", p)

	words := []string{"delta", "alpha", "echo", "charlie", "bravo"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	slices.Sort(words)
	fmt.Println("shuffled then sorted:", words)

	// Every value of Intn(3) shows up over many draws.
	seen := map[int]bool{}
	for i := 0; i < 1000; i++ {
		seen[rand.Intn(3)] = true
	}
	fmt.Println("saw 0, 1, 2:", seen[0], seen[1], seen[2])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Intn(0)
	}()
}
