package main

// 1<<40 ints is 8 TiB: within Go's address-space limit, so make tries to
// allocate it, and a machine without that much memory stops the program.

import "fmt"

func main() {
	fmt.Println("before")
	n := 1 << 40
	s := make([]int, n)
	fmt.Println(len(s))
}
