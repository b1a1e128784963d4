// Checks log.Fatal: it prints the message and exits with status 1 without running deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred call is not run")
	log.SetFlags(0)
	log.SetPrefix("fatal-test: ")
	fmt.Println("before Fatal")
	log.Fatal("cannot continue: ", 42)
	fmt.Println("never printed")
}
