// A panic in func init.
package main

import "strconv"

func init() {
	n, err := strconv.Atoi("x")
	if err != nil {
		panic(err)
	}
	println(n)
}

func main() {
}
