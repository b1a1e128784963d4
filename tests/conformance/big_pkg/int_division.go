// math/big.Int division: truncated Quo/Rem (as Go's / and %) versus
// Euclidean Div/Mod, Divide's rounding modes, and division by zero.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	pairs := [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, 5}, {1, 7}, {-1, 7}}
	for _, p := range pairs {
		x, y := big.NewInt(p[0]), big.NewInt(p[1])
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Printf("%3d %3d | Quo %2v Rem %2v | Div %2v Mod %2v | Go %2d %2d\n", p[0], p[1], q, r, d, m, p[0]/p[1], p[0]%p[1])
		fmt.Print("   ")
		for _, mode := range []big.RoundingMode{big.Trunc, big.Floor, big.Round, big.Ceil} {
			q, r := new(big.Int).Divide(x, y, new(big.Int), mode)
			fmt.Printf(" %v:%v,%v", mode, q, r)
		}
		fmt.Println()
	}
	for _, v := range [][2]int64{{5, 2}, {7, 2}, {-5, 2}, {-7, 2}, {5, -2}} {
		q, _ := new(big.Int).Divide(big.NewInt(v[0]), big.NewInt(v[1]), nil, big.Round)
		fmt.Print(q, " ")
	}
	fmt.Println()

	// The extended GCD and modular inverses.
	for _, p := range [][2]int64{{240, 46}, {-240, 46}, {46, -240}, {17, 0}, {0, -5}, {0, 0}, {-12, 4}, {99, 78}} {
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println(p, "gcd", g, "x", x, "y", y)
	}
	for _, p := range [][2]int64{{3, 11}, {-3, 11}, {10, 17}, {4, 8}, {3, -11}, {1, 1}} {
		fmt.Println(p, new(big.Int).ModInverse(big.NewInt(p[0]), big.NewInt(p[1])))
	}
	fmt.Println(new(big.Int).ModSqrt(big.NewInt(10), big.NewInt(13)), new(big.Int).ModSqrt(big.NewInt(5), big.NewInt(13)), big.Jacobi(big.NewInt(5), big.NewInt(13)))
	fmt.Println(new(big.Int).Binomial(50, 25), new(big.Int).Binomial(5, 7))

	for _, f := range []func(){
		func() { new(big.Int).Quo(big.NewInt(1), big.NewInt(0)) },
		func() { new(big.Int).Mod(big.NewInt(1), new(big.Int)) },
		func() { new(big.Int).Sqrt(big.NewInt(-4)) },
		func() { new(big.Int).SetBit(big.NewInt(1), -1, 1) },
		func() { new(big.Int).SetBit(big.NewInt(1), 3, 2) },
		func() { big.NewInt(1).Text(70) },
		func() { big.NewInt(7).ProbablyPrime(-1) },
		func() { big.Jacobi(big.NewInt(3), big.NewInt(8)) },
		func() { new(big.Int).FillBytes(make([]byte, 1)); big.NewInt(1 << 20).FillBytes(make([]byte, 2)) },
		func() { var z *big.Int; z.Add(big.NewInt(1), big.NewInt(2)) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	new(big.Int).Div(big.NewInt(10), new(big.Int))
}
