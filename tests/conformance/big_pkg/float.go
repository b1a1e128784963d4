// math/big.Float: precision, rounding modes, accuracy, formatting.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	// sqrt(2) to 200 bits by Newton's method, as in Go's documentation.
	const prec = 200
	steps := int(math.Log2(prec))
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	half := new(big.Float).SetPrec(prec).SetFloat64(0.5)
	x := new(big.Float).SetPrec(prec).SetInt64(1)
	t := new(big.Float)
	for i := 0; i <= steps; i++ {
		t.Quo(two, x)
		t.Add(x, t)
		x.Mul(half, t)
	}
	fmt.Printf("sqrt(2) = %.50f\n", x)
	t.Mul(x, x)
	fmt.Printf("error = %e\n", t.Sub(two, t))
	fmt.Println(new(big.Float).SetPrec(prec).Sqrt(two).Text('g', 60))

	// Rounding a value to a few bits in every mode.
	fmt.Println("   x  ToNearestEven ToNearestAway ToZero AwayFromZero ToNegativeInf ToPositiveInf")
	for _, v := range []float64{2.6, 2.5, 2.1, -2.1, -2.5, -2.6} {
		fmt.Printf("%4g", v)
		for mode := big.ToNearestEven; mode <= big.ToPositiveInf; mode++ {
			f := new(big.Float).SetMode(mode).SetFloat64(v)
			f.SetPrec(2)
			fmt.Printf("  %*g %v", len(mode.String())-6, f, f.Acc())
		}
		fmt.Println()
	}

	f := big.NewFloat(1.5)
	g := new(big.Float).SetPrec(100)
	g.SetString("0.1")
	fmt.Println(f, g, f.Prec(), g.Prec(), g.Mode(), g.Acc(), g.MinPrec())
	fmt.Println(new(big.Float).Add(f, g), new(big.Float).SetPrec(10).Add(f, g), new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3)))
	h := new(big.Float).Quo(big.NewFloat(2), g)
	fmt.Println(h, h.Prec(), h.Acc(), h.String(), h.Text('f', 30), h.Text('e', -1), h.Text('b', 0), h.Text('p', 0), h.Text('x', 8))
	fmt.Printf("%v %.3f %10.2e %-12g| %+.4g %G %x %s %d\n", h, h, h, h, h, h, h, h, h)
	fmt.Println(f.Cmp(g), g.Cmp(f), f.Sign(), new(big.Float).Neg(f), new(big.Float).Abs(big.NewFloat(-3)), f.IsInt(), big.NewFloat(4).IsInt())

	inf := new(big.Float).SetInf(false)
	fmt.Println(inf, new(big.Float).SetInf(true), inf.IsInf(), new(big.Float).Quo(big.NewFloat(1), new(big.Float)), new(big.Float).Neg(new(big.Float)))
	big1, _ := new(big.Float).SetString("1e100")
	i, acc := big1.Int(nil)
	i64, acc64 := big1.Int64()
	u64, accu := big.NewFloat(-2.5).Uint64()
	f64, accf := g.Float64()
	r, accr := big.NewFloat(0.75).Rat(nil)
	fmt.Println(i, acc, i64, acc64, u64, accu, f64, accf, r, accr)
	mant := new(big.Float)
	e := big.NewFloat(12.0).MantExp(mant)
	fmt.Println(mant, e, new(big.Float).SetMantExp(mant, 10))
	z, b, err := big.ParseFloat("0x1.8p-3", 0, 53, big.ToNearestEven)
	fmt.Println(z, b, err)
	for _, s := range []string{"1.5x", "", "abc", "1e", "Inf", "-inf", "1_0.5"} {
		z, b, err := big.ParseFloat(s, 0, 53, big.ToNearestEven)
		fmt.Println(s, z, b, err)
	}
	fmt.Println(*big.NewFloat(1.5), big.Below, big.Exact, big.Above, big.ToZero, big.RoundingMode(7))
	fmt.Println(new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(3), 100)), new(big.Float).SetRat(big.NewRat(1, 3)))
	for _, bad := range []func(){
		func() { new(big.Float).Sub(inf, inf) },
		func() { new(big.Float).Quo(new(big.Float), new(big.Float)) },
		func() { new(big.Float).Sqrt(big.NewFloat(-1)) },
		func() { big.NewFloat(math.NaN()) },
	} {
		func() {
			defer func() {
				err := recover()
				fmt.Printf("recovered: %v (%T)\n", err, err)
			}()
			bad()
		}()
	}
	new(big.Float).Mul(inf, new(big.Float))
}
