package main

// strings.Repeat with a count whose result fits int but not in memory:
// Go's out-of-memory fatal error (not recoverable), exit status 2.

import (
	"fmt"
	"strings"
)

func main() {
	defer fmt.Println("deferred calls do not run")
	defer func() { fmt.Println(recover()) }()
	n := 1 << 40
	s := strings.Repeat("ab", n)
	fmt.Println(len(s))
}
