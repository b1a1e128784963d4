// A panic inside a generic function.
package main

func first[T any](s []T) T {
	return s[0]
}

func main() {
	println(first([]int{1}))
	println(first([]string{}))
}
