// A key whose dynamic type has no == in a map of interface (or struct, or
// array) keys: a nil or empty map's lookup and delete check the key without
// hashing it and panic with internal/runtime/maps's own error, `hash of
// unhashable type: T` (no "runtime error: " prefix, still a runtime.Error);
// hashing it (a store, or a lookup in a map with entries) is the runtime's
// `runtime error: hash of unhashable type T`. The last delete is not
// recovered: its trace names its line.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntimeError := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntimeError)
	}()
	f()
}

type S struct{ a any }

func main() {
	var k any = []int{1}
	var nilMap map[any]int
	empty := map[any]int{}
	full := map[any]int{1: 1}
	try("nil map index", func() { _ = nilMap[k] })
	try("empty map comma-ok", func() { _, _ = empty[k] })
	try("empty map delete", func() { delete(empty, k) })
	try("struct key", func() { _ = map[S]bool{}[S{map[int]int{}}] })
	try("array key", func() { _ = map[[1]any]int{}[[1]any{func() {}}] })
	try("full map index", func() { _ = full[k] })
	try("full map delete", func() { delete(full, k) })
	try("store", func() { empty[k] = 1 })
	fmt.Printf("%T\n", func() (r any) {
		defer func() { r = recover() }()
		delete(empty, k)
		return nil
	}())
	delete(nilMap, k)
}
