// Checks log.Panicln: it logs the message, then panics with it (exit 2).
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred calls run during the panic")
	log.Panicln("something bad:", 7)
}
