// Printing generator values shows their state as Go lays it out.
package main

import (
	"fmt"
	v1 "math/rand"
	"math/rand/v2"
)

func main() {
	s := v1.NewSource(1)
	s.Int63()
	str := fmt.Sprint(s)
	fmt.Println(len(str), str[:60])
	p := rand.NewPCG(1, 2)
	p.Uint64()
	fmt.Println(*p)
	fmt.Printf("%+v\n", *p)
	var seed [32]byte
	c := rand.NewChaCha8(seed)
	for i := 0; i < 40; i++ {
		c.Uint64()
	}
	c.Read(make([]byte, 3))
	fmt.Println(*c)
}
