package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Rec struct {
	Group string
	Score int
	ID    int
}

func main() {
	ints := []int{5, 2, 9, 1, 5, 6, -3, 0}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	fl := []float64{2, math.NaN(), -1, math.Inf(-1), math.NaN(), 0}
	slices.Sort(fl)
	fmt.Println(fl, slices.IsSorted(fl))
	zs := []float64{0, math.Copysign(0, -1), 1, 0, math.Copysign(0, -1), -1, 0, 0, math.Copysign(0, -1), 2, 0, 0, 0, math.Copysign(0, -1), -2}
	slices.Sort(zs)
	fmt.Println(zs)
	strs := []string{"banana", "Apple", "cherry", "apple"}
	slices.Sort(strs)
	fmt.Println(strs)

	var recs []Rec
	groups := []string{"a", "b", "c"}
	for i := 0; i < 200; i++ {
		recs = append(recs, Rec{groups[(i*7)%3], (i * 31) % 5, i})
	}
	calls := 0
	r1 := slices.Clone(recs)
	slices.SortFunc(r1, func(x, y Rec) int {
		calls++
		return cmp.Or(strings.Compare(x.Group, y.Group), cmp.Compare(x.Score, y.Score))
	})
	fmt.Println("calls", calls)
	for _, r := range r1 {
		fmt.Print(r.ID, " ")
	}
	fmt.Println()
	r2 := slices.Clone(recs)
	slices.SortStableFunc(r2, func(x, y Rec) int { return cmp.Compare(y.Score, x.Score) })
	for _, r := range r2[:50] {
		fmt.Print(r.ID, " ")
	}
	fmt.Println()
	r3 := slices.Clone(recs)
	slices.SortFunc(r3, func(x, y Rec) int { return cmp.Compare(y.Score, x.Score) })
	for _, r := range r3[:50] {
		fmt.Print(r.ID, " ")
	}
	fmt.Println()

	// many sizes and patterns: the order of equal elements is pdqsort's
	for _, n := range []int{11, 12, 13, 49, 50, 51, 150, 1000} {
		xs := make([]Rec, n)
		for i := range xs {
			xs[i] = Rec{"", (i * i * 7) % 4, i}
		}
		cmpc := 0
		slices.SortFunc(xs, func(a, b Rec) int { cmpc++; return a.Score - b.Score })
		h := 0
		for i, x := range xs {
			h = (h*1000003 + x.ID*(i+1)) % 1000000007
		}
		fmt.Println(n, cmpc, h)
	}

	// sorting a sub-slice
	sub := []int{9, 8, 7, 6, 5, 4}
	slices.Sort(sub[1:4])
	fmt.Println(sub)
	fmt.Println(slices.Sorted(slices.Values([]string{"z", "y", "x"})))
}
