// Checks that seeded generators are deterministic: math/rand NewSource(42) and math/rand/v2 PCG and ChaCha8.
package main

import (
	"fmt"
	v1 "math/rand"
	"math/rand/v2"
)

func main() {
	r := v1.New(v1.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100))
	fmt.Println(r.Int63())
	fmt.Println(r.Float64())
	fmt.Println(r.Perm(5))

	a := v1.New(v1.NewSource(7))
	b := v1.New(v1.NewSource(7))
	fmt.Println("same seed, same sequence:", a.Int() == b.Int(), a.Int() == b.Int())

	pcg := rand.New(rand.NewPCG(1, 2))
	fmt.Println(pcg.IntN(100), pcg.IntN(100), pcg.IntN(100))
	fmt.Println(pcg.Uint64())
	fmt.Println(pcg.Float64())

	var seed [32]byte
	copy(seed[:], "chacha8 seed for minigo tests...")
	cc := rand.New(rand.NewChaCha8(seed))
	fmt.Println(cc.IntN(1000), cc.IntN(1000), cc.IntN(1000))
	fmt.Println(cc.Uint64())
}
