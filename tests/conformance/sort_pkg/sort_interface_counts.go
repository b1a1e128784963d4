package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type counted struct {
	xs          []item
	less, swaps int
}

func (c *counted) Len() int { return len(c.xs) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.xs[i].key < c.xs[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.xs[i], c.xs[j] = c.xs[j], c.xs[i]
}

func gen(n, mod int, pattern string) []item {
	xs := make([]item, n)
	for i := range xs {
		var k int
		switch pattern {
		case "random":
			k = (i*7919 + 13) % 1009 % mod
		case "sorted":
			k = i / 3
		case "reversed":
			k = (n - i) / 2
		case "sawtooth":
			k = i % mod
		case "organ":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "equal":
			k = 7
		case "almost":
			k = i
			if i%50 == 0 {
				k = i - 17
			}
		}
		xs[i] = item{k, i}
	}
	return xs
}

func checksum(xs []item) int {
	h := 0
	for i, x := range xs {
		h = (h*31 + x.id*7 + i) % 1000000007
	}
	return h
}

func main() {
	patterns := []string{"random", "sorted", "reversed", "sawtooth", "organ", "equal", "almost"}
	for _, n := range []int{0, 1, 5, 12, 13, 40, 49, 50, 51, 100, 257, 1000, 3000} {
		for _, p := range patterns {
			c := &counted{xs: gen(n, 10, p)}
			sort.Sort(c)
			s := &counted{xs: gen(n, 10, p)}
			sort.Stable(s)
			r := &counted{xs: gen(n, 10, p)}
			sort.Sort(sort.Reverse(r))
			fmt.Printf("n=%d %-8s sort %d/%d %d  stable %d/%d %d  rev %d/%d %d\n", n, p,
				c.less, c.swaps, checksum(c.xs), s.less, s.swaps, checksum(s.xs),
				r.less, r.swaps, checksum(r.xs))
			if !sort.IsSorted(c) || !sort.IsSorted(s) {
				fmt.Println("NOT SORTED")
			}
		}
	}
	// a slice with heavy duplication and a big size exercises breakPatterns and partitionEqual
	c := &counted{xs: gen(20000, 3, "random")}
	sort.Sort(c)
	fmt.Println(c.less, c.swaps, checksum(c.xs))
}
