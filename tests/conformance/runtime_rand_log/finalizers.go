package main

import (
	"fmt"
	"runtime"
	"time"
)

// runtime.SetFinalizer and runtime.GC: finalizers of objects nothing refers
// to any more run on the finalizer goroutine, once; reachable objects keep theirs.

type Res struct {
	name string
	next *Res
}

var done = make(chan string)

func open(name string) *Res {
	r := &Res{name: name}
	runtime.SetFinalizer(r, func(r *Res) { fmt.Println("finalize", r.name) })
	return r
}

func temp() {
	for i := 0; i < 3; i++ {
		open(fmt.Sprint("tmp", i))
	}
}

type Big struct {
	buf [64]byte
	id  int
}

func main() {
	keep := open("keep")
	temp()
	fmt.Println("gc 1")
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("after gc 1", keep.name)

	b := &Big{id: 7}
	runtime.SetFinalizer(b, func(b *Big) { done <- fmt.Sprint("big ", b.id) })
	b = nil
	runtime.GC()
	fmt.Println(<-done)

	c := &Res{name: "cleared"}
	runtime.SetFinalizer(c, func(r *Res) { fmt.Println("finalize", r.name) })
	runtime.SetFinalizer(c, nil)
	c = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	keep = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("done")
}
