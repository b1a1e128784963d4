// math/rand/v2: every Rand method on PCG and ChaCha8 sources, compared with real Go's numbers.
package main

import (
	"fmt"
	"math/rand/v2"
)

func show(name string, r *rand.Rand) {
	fmt.Println(name)
	fmt.Println(" IntN:", r.IntN(10), r.IntN(100), r.IntN(1000), r.IntN(1<<31), r.IntN(1<<62+12345), r.IntN(1<<63-1))
	fmt.Println(" Int64N:", r.Int64N(1), r.Int64N(2), r.Int64N(1<<40), r.Int64N(1e18+7), r.Int64N(3))
	fmt.Println(" Int32N:", r.Int32N(1), r.Int32N(64), r.Int32N(1e9+7), r.Int32N(3))
	fmt.Println(" Uint64N/Uint32N/UintN:", r.Uint64N(1<<64-1), r.Uint64N(1<<63+1), r.Uint32N(1<<32-1), r.Uint32N(7), r.UintN(1000))
	fmt.Println(" Int/Int64/Int32:", r.Int(), r.Int64(), r.Int32())
	fmt.Println(" Uint/Uint32/Uint64:", r.Uint(), r.Uint32(), r.Uint64())
	fmt.Println(" Float64:", r.Float64(), r.Float64())
	fmt.Println(" Float32:", r.Float32(), r.Float32())
	fmt.Println(" Perm:", r.Perm(0), r.Perm(1), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(" Shuffle:", s)
	fmt.Printf(" Norm: %v %v %v\n", r.NormFloat64(), r.NormFloat64(), r.NormFloat64())
	fmt.Printf(" Exp: %v %v %v\n", r.ExpFloat64(), r.ExpFloat64(), r.ExpFloat64())
	var sn, se float64
	for i := 0; i < 5000; i++ {
		sn += r.NormFloat64()
		se += r.ExpFloat64()
	}
	fmt.Println(" norm/exp sums:", sn, se)
	sum := 0
	for n := 1; n < 2000; n += 3 {
		sum += r.IntN(n)
	}
	fmt.Println(" IntN sum:", sum)
	z := rand.NewZipf(r, 1.3, 2, 500)
	fmt.Print(" Zipf:")
	for i := 0; i < 10; i++ {
		fmt.Print(" ", z.Uint64())
	}
	fmt.Println()
}

func main() {
	show("pcg 1 2", rand.New(rand.NewPCG(1, 2)))
	show("pcg 0 0", rand.New(rand.NewPCG(0, 0)))
	var seed [32]byte
	show("chacha8 zero", rand.New(rand.NewChaCha8(seed)))
	copy(seed[:], "0123456789abcdef0123456789abcdef")
	show("chacha8 digits", rand.New(rand.NewChaCha8(seed)))
	fmt.Println(rand.NewZipf(rand.New(rand.NewPCG(1, 1)), 1, 1, 5) == nil)
}
