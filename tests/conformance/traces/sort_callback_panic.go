// A panic in a callback the standard library calls: the callback's line and the call's.
package main

import "sort"

func main() {
	s := []int{3, 1, 2}
	var idx []int
	sort.Slice(s, func(i, j int) bool {
		return s[idx[i]] < s[j]
	})
}
