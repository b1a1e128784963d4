package main

// A flag without its argument at the end of the command line: exit status 2,
// with a custom Usage.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [-n count] files...")
		flag.PrintDefaults()
	}
	n := flag.Int("n", 1, "how many")
	flag.Parse()
	fmt.Println("not reached", *n, os.Args)
}
