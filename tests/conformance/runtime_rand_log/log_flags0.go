// Checks the log package with SetFlags(0) and SetPrefix: Print, Println, Printf go to stderr.
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	log.Println("plain line", 1, 2)
	log.Printf("formatted %d-%s", 7, "x")
	log.Print("no newline added twice\n")
	log.Print("a", "b", 3, 4, "c")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before the message")
	fmt.Println("flags:", log.Flags(), "prefix:", log.Prefix())
	log.SetPrefix("")
	log.SetFlags(0)
	log.Printf("")
	log.Println("stdout is separate")
	fmt.Println("this goes to stdout")
}
