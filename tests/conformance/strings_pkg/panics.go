package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("repeat", func() { strings.Repeat("x", -1) })
	try("grow", func() {
		var b strings.Builder
		b.Grow(-1)
	})
	try("replacer", func() { strings.NewReplacer("a") })
	try("copy", func() {
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	})
	try("ok", func() {})
	fmt.Println(strings.Repeat("ab", -1))
}
