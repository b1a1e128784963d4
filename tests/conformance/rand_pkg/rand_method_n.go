// math/rand/v2's generic method (*Rand).N (Go 1.27) on seeded sources.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(r.N(100), " ", r.N(int8(10)), " ", r.N(uint16(1000)), " ")
	}
	fmt.Println()
	fmt.Println(r.N(10 * time.Second))
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.N(int64(1)<<40), c.N[uint](7))
	defer func() { fmt.Println("recovered:", recover()) }()
	r.N(0)
}
