// math/rand/v2: panic values of invalid arguments, then one unrecovered panic.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		fmt.Printf("%s: %v (string %v)\n", name, r, isString)
	}()
	f()
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	try("IntN(0)", func() { r.IntN(0) })
	try("Int64N(-1)", func() { r.Int64N(-1) })
	try("Int32N(0)", func() { r.Int32N(0) })
	try("Uint64N(0)", func() { r.Uint64N(0) })
	try("Uint32N(0)", func() { r.Uint32N(0) })
	try("UintN(0)", func() { r.UintN(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, nil) })
	try("top IntN(0)", func() { rand.IntN(0) })
	try("top Int64N(0)", func() { rand.Int64N(0) })
	try("top Int32N(-3)", func() { rand.Int32N(-3) })
	try("top Uint64N(0)", func() { rand.Uint64N(0) })
	try("top Uint32N(0)", func() { rand.Uint32N(0) })
	try("top UintN(0)", func() { rand.UintN(0) })
	try("top N(0)", func() { rand.N(time.Duration(0)) })
	try("top N(-1)", func() { rand.N(-1) })
	try("top N[uint8](0)", func() { rand.N[uint8](0) })
	try("top Shuffle(-2)", func() { rand.Shuffle(-2, nil) })
	fmt.Println("N in range:", rand.N[uint8](1) == 0, rand.N(int16(1)) == 0, rand.UintN(1) == 0)
	rand.N(time.Duration(-5))
}
