// A deferred call that fails in gc's wrapper shows it above the deferring
// function: a nil func value called with arguments (main.run.deferwrap2,
// after a deferred method call, deferwrap1). A deferred interface method
// recovers through its wrapper, and a deferred panic(v) is recovered.
package main

import (
	"fmt"
	"sync"
)

type cleaner interface{ clean() }

type job struct{ name string }

func (j job) clean() {
	if r := recover(); r != nil {
		fmt.Println(j.name, "recovered:", r)
	}
}

func safe() {
	var c cleaner = job{"safe"}
	defer c.clean()
	panic("in safe")
}

func run(f func(string)) {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	defer f("done")
	fmt.Println("running")
}

func main() {
	safe()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("deferred")
	}()
	run(nil)
}
