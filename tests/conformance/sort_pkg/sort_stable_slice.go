package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	word string
	n    int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog and the cat sat on the mat while a dog ran to the fox and a cat"
	words := strings.Fields(text)
	var rs []rec
	for i, w := range words {
		rs = append(rs, rec{w, len(w)*10 + i%3})
	}
	byLen := append([]rec(nil), rs...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i].word) < len(byLen[j].word) })
	fmt.Println(byLen)
	byLenU := append([]rec(nil), rs...)
	sort.Slice(byLenU, func(i, j int) bool { return len(byLenU[i].word) < len(byLenU[j].word) })
	fmt.Println(byLenU)

	// sorting by several keys with successive stable sorts
	multi := append([]rec(nil), rs...)
	sort.SliceStable(multi, func(i, j int) bool { return multi[i].n%3 < multi[j].n%3 })
	sort.SliceStable(multi, func(i, j int) bool { return multi[i].word < multi[j].word })
	fmt.Println(multi)

	// pointers into the slice keep pointing at slots
	xs := []rec{{"c", 3}, {"a", 1}, {"b", 2}}
	p := &xs[0]
	sort.Slice(xs, func(i, j int) bool { return xs[i].word < xs[j].word })
	fmt.Println(*p, xs)
	p.n = 100
	fmt.Println(xs)

	// large stable sort, checking the order of ties
	big := make([]rec, 5000)
	for i := range big {
		big[i] = rec{fmt.Sprint(i), (i * 37) % 11}
	}
	sort.SliceStable(big, func(i, j int) bool { return big[i].n < big[j].n })
	h := 0
	for i, r := range big {
		for _, c := range r.word {
			h = (h*131 + int(c) + i) % 998244353
		}
	}
	fmt.Println(h, big[0], big[4999])

	// sort.Slice with a panicking less function
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(xs, func(i, j int) bool { panic("less failed") })
}
