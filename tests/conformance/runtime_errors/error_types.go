// The dynamic type of each runtime panic value, as %T prints it: index,
// slice and conversion bounds are runtime.boundsError, a nil map store and
// close of a nil channel runtime.plainError, the other runtime errors
// runtime.errorString, a failed assertion *runtime.TypeAssertionError.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %q\n", name, r, fmt.Sprint(r))
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var p *T
	var m map[string]int
	var a, b any = []int{}, []int{}
	var i any = "str"
	z := 0
	n := -1
	try("index", func() { _ = s[5] })
	try("slice", func() { _ = s[1:] })
	try("nil", func() { _ = p.x })
	try("div", func() { _ = 1 / z })
	try("map", func() { m["a"] = 1 })
	try("cmp", func() { _ = a == b })
	try("assert", func() { _ = i.(int) })
	try("shift", func() { _ = 1 << n })
	try("makeslice", func() { _ = make([]int, n) })
	try("close nil", func() { var c chan int; close(c) })
	try("conv", func() { _ = [2]int(s) })
	try("repeat", func() { strings.Repeat("x", n) })
}
