// After a recovered panic the remaining deferred calls run at the closing brace.
package main

import "fmt"

func f() {
	defer func() {
		panic("second")
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var m map[string]int
	m["a"] = 1
	fmt.Println("unreached")
}

func main() {
	f()
}
