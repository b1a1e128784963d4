package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var rp []*string
	for _, s := range []string{"x", "y", "z"} {
		rp = append(rp, &s)
	}
	for _, p := range rp {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// per-iteration copy happens before post statement
	var fs []func() int
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
		fs = append(fs, func() int { i += 10; return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// closure modifying loop var changes loop progression for that iteration
	for i := 0; i < 10; i++ {
		inc := func() { i += 3 }
		inc()
		fmt.Print(i, " ")
	}
	fmt.Println()
	// map of closures
	m := map[int]func() int{}
	for k := range 4 {
		m[k] = func() int { return k * k }
	}
	for k := range 4 {
		fmt.Print(m[k](), " ")
	}
	fmt.Println()
	// variable declared before the loop is shared
	var j int
	var gs []func() int
	for j = 0; j < 3; j++ {
		gs = append(gs, func() int { return j })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
