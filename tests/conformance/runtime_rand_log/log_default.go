// Checks the log package's default flags: a date and time stamp before each message (masked when compared).
package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println("default flags:", log.Flags(), log.Flags() == log.LstdFlags)
	fmt.Printf("default prefix: %q\n", log.Prefix())
	log.Println("hello from log")
	log.Printf("value=%v", []int{1, 2})
	log.SetPrefix("svc: ")
	log.Print("with a prefix")
}
