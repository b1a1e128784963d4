package main

import "fmt"

var g = 0

func bump() int { g += 10; return g }

func main() {
	switch {
	case g == bump():
		fmt.Println("case1 matched", g)
	case g+10 == bump():
		fmt.Println("case2 matched", g)
	default:
		fmt.Println("default", g)
	}
	g = 0
	switch g {
	case bump() - 10:
		fmt.Println("tag case", g)
	default:
		fmt.Println("tag default", g)
	}
	g = 0
	x := []int{g, bump(), g}
	fmt.Println(x)
	g = 0
	for i := 0; i < 2 && g < bump(); i++ {
		fmt.Println("loop", i, g)
	}
	g = 0
	ch := make(chan int, 1)
	ch <- g + bump()
	fmt.Println(<-ch)
	g = 0
	var arr [2]int
	arr[g/10] = bump()
	fmt.Println(arr)
	g = 0
	r := func() (int, int) { return g, bump() }
	fmt.Println(r())
	g = 0
	defer func(a, b int) { fmt.Println("deferred", a, b) }(g, bump())
}
