// A panic while package variables are initialised.
package main

var table = build(3)

func build(n int) []int {
	s := make([]int, n)
	s[n] = 1
	return s
}

func main() {
	println(len(table))
}
