package main

// The command line's output sent to standard output, a bad boolean value and
// a range error: what flag.Parse prints before it exits with status 2.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args[0] = "tool"
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Bool("dry-run", false, "only print what would be done")
	flag.Int("level", 3, "compression `level`")
	flag.Uint("workers", 4, "number of workers")
	fmt.Println("defaults:")
	flag.PrintDefaults()
	fmt.Println("parsing:")
	flag.Parse()
	fmt.Println("not reached")
}
