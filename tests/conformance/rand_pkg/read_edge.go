// Read with empty and nil buffers, and reads that straddle the 8-byte buffer.
package main

import (
	"fmt"
	v1 "math/rand"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	c := rand.NewChaCha8(seed)
	c.Read(make([]byte, 3))
	n, err := c.Read(nil)
	fmt.Println(n, err)
	r := v1.New(v1.NewSource(1))
	n, err = r.Read(nil)
	fmt.Println(n, err, c.Uint64())
	b := make([]byte, 7)
	c.Read(b)
	fmt.Println(b)
}
