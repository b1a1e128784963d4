// math/rand: panic values of invalid arguments, then one unrecovered panic.
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		_, isError := r.(error)
		fmt.Printf("%s: %v (string %v, error %v)\n", name, r, isString, isError)
	}()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn(0)", func() { r.Intn(0) })
	try("Intn(-5)", func() { rand.Intn(-5) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Int31n(-1)", func() { rand.Int31n(-1) })
	try("Int63n top", func() { rand.Int63n(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("nil Zipf", func() {
		var z *rand.Zipf
		z.Uint64()
	})
	try("nil source", func() { rand.New(nil).Int63() })
	rand.Seed(7) // a no-op since Go 1.24
	fmt.Println("after Seed:", rand.Intn(1) == 0)
	r.Int31n(0)
}
