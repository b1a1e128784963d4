// math/big.Int: the everyday uses (factorials, Fibonacci, powers, parsing,
// printing with fmt verbs).
package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	fmt.Println(factorial(30), factorial(0), new(big.Int).MulRange(1, 30))

	// Fibonacci: the 100th and the first with 100 digits.
	a, b := big.NewInt(0), big.NewInt(1)
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(99), nil)
	for i := 1; ; i++ {
		a.Add(a, b)
		a, b = b, a
		if i == 100 {
			fmt.Println("fib(100) =", a)
		}
		if a.Cmp(limit) >= 0 {
			fmt.Println("first with 100 digits: fib", i, len(a.String()))
			break
		}
	}

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y, _ := new(big.Int).SetString("-0xdeadbeefcafebabe1234", 0)
	fmt.Println(y, y.Text(16), y.Text(2), y.Text(36), y.Text(62))
	fmt.Println(new(big.Int).Add(x, y), new(big.Int).Sub(x, y), new(big.Int).Mul(x, y))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), x.Sign(), y.Sign(), new(big.Int).Sign())
	fmt.Println(x.BitLen(), y.BitLen(), x.TrailingZeroBits(), x.ProbablyPrime(20), big.NewInt(1000003).ProbablyPrime(0))

	// fmt verbs, widths and flags.
	n := big.NewInt(-255)
	p := big.NewInt(3054)
	fmt.Printf("%d %v %s %x %X %o %O %b\n", n, n, n, n, n, n, n, n)
	fmt.Printf("[%8d] [%-8d] [%08d] [%+d] [% d] [%.6d] [%#x] [%#o] [%#b] [%#X]\n", p, p, p, p, p, p, p, p, p, p)
	fmt.Printf("[%x] [%10.4x] [%.0d] [%.0d] [%q] [%f]\n", p, n, big.NewInt(0), p, p, p)
	fmt.Println(*big.NewInt(7), big.NewInt(7), []*big.Int{big.NewInt(1), nil, big.NewInt(-2)})
	var nilInt *big.Int
	fmt.Println(nilInt, nilInt.String())
	fmt.Printf("%d %s %v\n", nilInt, nilInt, nilInt)

	// Aliasing: the receiver may be an argument.
	z := big.NewInt(10)
	z.Mul(z, z).Add(z, z).Neg(z)
	fmt.Println(z, z.Abs(z), z.Lsh(z, 100), z.Rsh(z, 98))
	fmt.Println(new(big.Int).Sqrt(big.NewInt(1000000007)), new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(4), big.NewInt(13), big.NewInt(497)), new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)))
	b2 := new(big.Int).SetBytes([]byte{1, 0, 0})
	fmt.Println(b2, b2.Bytes(), b2.Int64(), b2.Uint64(), b2.IsInt64(), b2.FillBytes(make([]byte, 5)))
	f, acc := x.Float64()
	fmt.Println(f, acc)
	txt, _ := y.MarshalText()
	var back big.Int
	fmt.Println(string(txt), back.UnmarshalText(txt), &back, back.UnmarshalText([]byte("12x")))
	js, _ := y.MarshalJSON()
	fmt.Println(string(js), back.UnmarshalJSON([]byte("null")), &back)
}
