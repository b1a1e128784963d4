package main

import "fmt"

func f(n int) {
	defer fmt.Println("f defer", n)
	if n == 0 {
		panic(fmt.Sprintf("bottom reached at %d", n))
	}
	f(n - 1)
}

func main() {
	f(3)
}
