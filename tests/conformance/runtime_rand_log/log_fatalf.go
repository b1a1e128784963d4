// Checks log.Fatalf from a goroutine: the whole program exits with status 1.
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	done := make(chan bool)
	go func() {
		log.Fatalf("worker %d failed: %s", 3, "disk full")
		done <- true
	}()
	<-done
	fmt.Println("never printed")
}
