// Checks the panic for storing a value of a different type into an atomic.Value.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println("stored int:", v.Load())
	v.Store("string")
}
