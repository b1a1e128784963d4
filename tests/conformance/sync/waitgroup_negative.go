// Checks the panic when a WaitGroup counter goes negative (Done called once too often).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("working")
	}()
	wg.Wait()
	fmt.Println("done once")
	wg.Done()
	fmt.Println("never printed")
}
