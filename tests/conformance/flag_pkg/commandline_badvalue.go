package main

// A flag value that does not parse: exit status 2.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args[0] = "prog"
	n := flag.Int("n", 1, "how many")
	flag.Parse()
	fmt.Println("not reached", *n)
}
