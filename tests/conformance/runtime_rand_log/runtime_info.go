// Checks runtime.NumCPU, GOMAXPROCS, NumGoroutine, GOOS/GOARCH and Version in deterministic ways.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	prev := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS(0) > 0:", prev > 0)
	fmt.Println("GOMAXPROCS(0) unchanged:", runtime.GOMAXPROCS(0) == prev)
	fmt.Println("set to 1 returns previous:", runtime.GOMAXPROCS(1) == prev)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())
	fmt.Println("GOOS set:", runtime.GOOS != "", "GOARCH set:", runtime.GOARCH != "")
	fmt.Println("Version starts with go:", strings.HasPrefix(runtime.Version(), "go"))
	runtime.GC()
	runtime.Gosched()
	fmt.Println("GC and Gosched return")
}
