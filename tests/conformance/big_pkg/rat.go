// math/big.Rat: exact fractions, normalization, parsing forms, printing.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := big.NewRat(3, 4)
	b := big.NewRat(-10, 12)
	fmt.Println(a, b, new(big.Rat).Add(a, b), new(big.Rat).Sub(a, b), new(big.Rat).Mul(a, b), new(big.Rat).Quo(a, b))
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Sign(), b.Sign(), a.IsInt(), big.NewRat(8, 4).IsInt())
	fmt.Println(b.Num(), b.Denom(), b.RatString(), big.NewRat(6, 3).RatString(), big.NewRat(6, 3).String())
	for _, prec := range []int{0, 1, 2, 5} {
		fmt.Print(big.NewRat(2, 3).FloatString(prec), " ", big.NewRat(-1, 8).FloatString(prec), " ", big.NewRat(5, 2).FloatString(prec), " ", big.NewRat(-5, 2).FloatString(prec), " | ")
	}
	fmt.Println()

	// The harmonic sum, exactly.
	h := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	f, exact := h.Float64()
	fmt.Println(h, h.FloatString(10), f, exact)

	for _, s := range []string{"3/4", "-6/8", "1.25", "-0.125", "1e3", "2.5e-3", "0x10", "0b1010/11", "0x1p-4", "7", "3/0", "1/-2", "abc", "", "1/2/3", "1.5/2", " 1", "1e", "1_000/7"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q: %v %v\n", s, r, ok)
	}
	for _, x := range []float64{0.1, -2.5, 1e-10, 0} {
		r := new(big.Rat).SetFloat64(x)
		f, ok := r.Float64()
		n, exact := r.FloatPrec()
		fmt.Println(x, r, f, ok, n, exact)
	}
	zero0 := 0.0
	fmt.Println(new(big.Rat).SetFloat64(1 / zero0))

	// Num and Denom refer to the Rat's own Ints.
	r := big.NewRat(1, 3)
	r.Num().SetInt64(2)
	fmt.Println(r, r.Denom())
	var zero big.Rat
	fmt.Println(zero.String(), zero.Denom(), zero.IsInt(), zero.FloatString(3), *big.NewRat(1, 2))
	fmt.Println(new(big.Rat).Inv(big.NewRat(-2, 5)), new(big.Rat).Neg(a), new(big.Rat).Abs(b), new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)))
	t, _ := b.MarshalText()
	var back big.Rat
	fmt.Println(string(t), back.UnmarshalText(t), &back, back.UnmarshalText([]byte("1/0")))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Rat).Quo(a, new(big.Rat))
}
