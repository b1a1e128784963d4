// Checks the panic for storing nil into an atomic.Value, and the recovered values of both Value panics.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v atomic.Value
		v.Store(1.5)
		v.Swap(2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v atomic.Value
		v.Store(1)
		v.CompareAndSwap(1, "x")
	}()
	var v atomic.Value
	v.Store(nil)
}
