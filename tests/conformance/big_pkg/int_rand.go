// math/big.Int.Rand: the same draws as Go from a seeded math/rand source.
package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for _, s := range []string{"10", "1", "0", "-5", "18446744073709551616", "340282366920938463463374607431768211455", "1000000000000000000000000000000000000000000007"} {
		n, _ := new(big.Int).SetString(s, 10)
		for i := 0; i < 3; i++ {
			fmt.Print(new(big.Int).Rand(r, n), " ")
		}
		fmt.Println()
	}
	n := big.NewInt(1000)
	n.Rand(r, n)
	fmt.Println(n, r.Intn(100))
}
