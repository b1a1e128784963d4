package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, -2, 8, 0, 8, 3, -7, 1}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{-10, -7, 0, 2, 8, 9} {
		fmt.Print(sort.SearchInts(ints, x), " ")
	}
	fmt.Println()

	strs := []string{"pear", "apple", "Banana", "apple", "", "zebra", "äpfel"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fmt.Println(sort.SearchStrings(strs, "apple"), sort.SearchStrings(strs, "b"), sort.SearchStrings(strs, "zz"))

	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2.25}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.SearchFloat64s(fl, 2.25), sort.SearchFloat64s(fl, 100))

	// sub-slices sort in place within the backing array
	arr := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	sort.Ints(arr[2:6])
	fmt.Println(arr)

	// the IntSlice family
	is := sort.IntSlice{4, 1, 3}
	is.Sort()
	fmt.Println(is, is.Len(), is.Search(3), is.Less(0, 1))
	is.Swap(0, 2)
	fmt.Println(is, sort.IsSorted(is))
	ss := sort.StringSlice{"c", "a", "b"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, sort.IsSorted(sort.Reverse(ss)))
	fs := sort.Float64Slice{2, math.NaN(), 1}
	sort.Sort(fs)
	fmt.Println(fs, fs.Search(1.5))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// Search and Find
	calls := 0
	i := sort.Search(1000, func(i int) bool { calls++; return i*i >= 500 })
	fmt.Println(i, calls)
	words := []string{"ant", "bee", "cat", "dog", "eel"}
	for _, t := range []string{"cat", "cow", "aaa", "zzz"} {
		pos, found := sort.Find(len(words), func(i int) int {
			switch {
			case t < words[i]:
				return -1
			case t > words[i]:
				return 1
			}
			return 0
		})
		fmt.Println(t, pos, found)
	}
	fmt.Println(sort.Search(0, func(int) bool { return true }))

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty == nil, len(empty))
}
