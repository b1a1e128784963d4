// Package-level variables across files initialise in dependency order,
// otherwise in file-name order; init functions run file by file; the
// imported packages initialise first, ordered by import path.
package main

import (
	"fmt"

	"example.com/initorder/zeta"
	"example.com/initorder/alpha"
)

var first = trace("first (main.go), needs last:", last)

func init() { fmt.Println("init #1 in main.go") }

func main() {
	fmt.Println("main:", first, last, zeta.Name(), alpha.Name())
	fmt.Println(counter.String())
}

func init() { fmt.Println("init #2 in main.go") }
