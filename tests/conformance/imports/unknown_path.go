// An import path that is not in the standard library: the go command refuses it.
package main

import (
	"fmt"
	"example.com/nothere"
)

func main() {
	fmt.Println(nothere.X)
}
