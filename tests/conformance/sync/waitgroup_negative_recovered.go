// Checks that the negative WaitGroup counter panic value can be recovered and printed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
	}()
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Add(-3)
}
