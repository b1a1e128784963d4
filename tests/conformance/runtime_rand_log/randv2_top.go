// Checks math/rand/v2 top-level functions only through properties that hold for every random outcome.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.N(10 * time.Second); v < 0 || v >= 10*time.Second {
			ok = false
		}
		if v := rand.N[int64](7); v < 0 || v >= 7 {
			ok = false
		}
		if v := rand.UintN(4); v >= 4 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if v := rand.Int32N(100); v < 0 || v >= 100 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int64() < 0 {
			ok = false
		}
	}
	fmt.Println("all values in range:", ok)

	p := rand.Perm(6)
	slices.Sort(p)
	fmt.Println("sorted Perm:", p)

	nums := []int{5, 3, 9, 1, 7}
	rand.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	slices.Sort(nums)
	fmt.Println("shuffled then sorted:", nums)

	// Picking a random element always returns one of the elements.
	colors := []string{"red", "green", "blue"}
	c := colors[rand.IntN(len(colors))]
	fmt.Println("picked a color:", slices.Contains(colors, c))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.IntN(-1)
	}()
}
