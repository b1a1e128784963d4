package main

import (
	"fmt"
	"runtime"
)

// runtime.Breakpoint outside a debugger: the binary dies of SIGTRAP (exit
// status 2, deferred calls not run), after what it printed so far.

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after")
}
