// Raw generator streams for several seeds: the first outputs of math/rand's
// NewSource (Int63 and Uint64), math/rand/v2's PCG and ChaCha8. tests/test_rand.py
// checks minigo's generators against this file's expected output (from real Go).
package main

import (
	"fmt"
	v1 "math/rand"
	"math/rand/v2"
)

func main() {
	for _, seed := range []int64{0, 1, 42, -1, 2147483647, 2147483648, -9223372036854775808, 1 << 40, 89482311} {
		src := v1.NewSource(seed).(v1.Source64)
		fmt.Printf("v1 %d int63", seed)
		for i := 0; i < 8; i++ {
			fmt.Printf(" %d", src.Int63())
		}
		fmt.Printf("\nv1 %d uint64", seed)
		for i := 0; i < 8; i++ {
			fmt.Printf(" %d", src.Uint64())
		}
		fmt.Println()
		// far into the stream: the register wraps around several times
		var x uint64
		for i := 0; i < 3000; i++ {
			x ^= src.Uint64()
		}
		fmt.Printf("v1 %d xor3000 %d\n", seed, x)
	}
	for _, s := range [][2]uint64{{0, 0}, {1, 2}, {42, 42}, {^uint64(0), 12345}, {1 << 63, 1<<63 + 1}} {
		p := rand.NewPCG(s[0], s[1])
		fmt.Printf("pcg %d %d", s[0], s[1])
		for i := 0; i < 8; i++ {
			fmt.Printf(" %d", p.Uint64())
		}
		fmt.Println()
	}
	seeds := []string{"", "chacha8 seed for minigo tests...", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"}
	for _, ss := range seeds {
		var seed [32]byte
		copy(seed[:], ss)
		c := rand.NewChaCha8(seed)
		fmt.Printf("chacha8 %q", ss)
		for i := 0; i < 8; i++ {
			fmt.Printf(" %d", c.Uint64())
		}
		fmt.Println()
		// past refills and the key-erasure reseed (every 4 refills, 124 values)
		var x uint64
		for i := 0; i < 1000; i++ {
			v := c.Uint64()
			x ^= v
			if i%97 == 0 {
				fmt.Printf("chacha8 %q at %d %d\n", ss, i+8, v)
			}
		}
		fmt.Printf("chacha8 %q xor1000 %d\n", ss, x)
	}
}
