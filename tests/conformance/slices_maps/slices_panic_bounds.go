package main

import (
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  error %T\n", e)
			}
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try("insert past end", func() { slices.Insert(s, 4, 9) })
	try("insert negative", func() { slices.Insert(s, -1, 9) })
	try("delete j>len", func() { slices.Delete(s, 1, 5) })
	try("delete i>j", func() { slices.Delete(s, 2, 1) })
	try("delete negative", func() { slices.Delete(s, -1, 1) })
	try("replace j>cap", func() { slices.Replace(s, 1, 7, 0) })
	try("replace i>j", func() { slices.Replace(s, 2, 1, 0) })
	try("min empty", func() { slices.Min([]int{}) })
	try("maxfunc empty", func() { slices.MaxFunc([]string{}, func(a, b string) int { return 0 }) })
	try("grow negative", func() { slices.Grow(s, -1) })
	try("repeat negative", func() { slices.Repeat(s, -1) })
	fmt.Println(s)
	slices.Max([]float64(nil))
}
