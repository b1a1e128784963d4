package main

// An undefined flag on the command line: the error and the usage on standard
// error, exit status 2.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args[0] = "prog"
	n := flag.Int("n", 1, "how many")
	flag.Bool("v", false, "verbose")
	flag.Parse()
	fmt.Println("not reached", *n)
}
