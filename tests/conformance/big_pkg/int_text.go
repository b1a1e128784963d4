// math/big.Int.SetString: bases, prefixes, underscores, and what failing
// leaves in the receiver.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	inputs := []string{"42", "-42", "+42", "0", "-0", "0x2A", "0X2a", "0b101010", "0o52", "052", "1_000_000",
		"0x_dead_beef", "1__0", "_1", "1_", "", "-", "+", "0x", "0b2", "12abc", " 12", "12 ", "9", "z", "Z", "zZ"}
	for _, base := range []int{0, 2, 8, 10, 16, 36, 62} {
		fmt.Printf("base %d:", base)
		for _, s := range inputs {
			z, ok := new(big.Int).SetString(s, base)
			if ok {
				fmt.Printf(" %q=%v", s, z)
			} else {
				fmt.Printf(" %q=no", s)
			}
		}
		fmt.Println()
	}
	z := big.NewInt(-5)
	r, ok := z.SetString("1__2", 0)
	fmt.Println(r, ok, z)
	z.SetInt64(99)
	r, ok = z.SetString("77x", 10)
	fmt.Println(r, ok, z)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(big.Int).SetString("1", 1)
	}()
	big2, _ := new(big.Int).SetString("1"+string(make([]byte, 0))+"000000000000000000000000000000000000000000000000001", 10)
	fmt.Println(big2, big2.Text(7), big2.Append([]byte("n="), 10), string(big2.Append(nil, 16)))
	fmt.Println(big.MaxBase)
}
