// Checks: every 61st schedule looks at the global queue before runnext.
// main repeatedly starts a goroutine (into runnext) and calls Gosched (main
// to the global queue); normally the new goroutine runs first, but on the
// schedules where the global queue is checked first main resumes before it.
// The gaps between the iterations where that happens show the period (the
// phase depends on how many schedules the runtime made before main.main,
// which is not stable, so it is not printed).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var early []int
	for i := 0; i < 200; i++ {
		ran := false
		go func() { ran = true }()
		runtime.Gosched()
		if !ran {
			early = append(early, i)
			runtime.Gosched()
		}
	}
	var gaps []int
	for k := 1; k < len(early); k++ {
		gaps = append(gaps, early[k]-early[k-1])
	}
	fmt.Println("main resumed first", len(early), "times; gaps", gaps)
}
