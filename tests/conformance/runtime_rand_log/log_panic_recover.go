// Checks that log.Panic and log.Panicf values can be recovered; the log line is still written.
package main

import (
	"fmt"
	"log"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %q\n", r, r)
	}()
	f()
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("p: ")
	try(func() { log.Panic("a", 1, "b") })
	try(func() { log.Panicf("code %03d", 5) })
	try(func() { log.Panicln("x", "y") })
}
