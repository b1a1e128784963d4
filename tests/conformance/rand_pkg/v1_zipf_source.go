// math/rand: Zipf, user-defined Sources (with and without Uint64), Source64.
package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source that is not a Source64: Rand.Uint64 combines two Int63 calls.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x123456789abcdef; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

// wrapped overrides Uint64 of an embedded source.
type wrapped struct {
	rand.Source
	calls int
}

func (w *wrapped) Uint64() uint64 { w.calls++; return 12345 }

func main() {
	r := rand.New(rand.NewSource(1))
	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 10}, {2, 1, 100}, {1.5, 3, 1000}, {3, 10, 1 << 40}} {
		z := rand.NewZipf(r, p.s, p.v, p.imax)
		fmt.Print("zipf ", p.s, p.v, p.imax, ":")
		for i := 0; i < 12; i++ {
			fmt.Print(" ", z.Uint64())
		}
		fmt.Println()
	}
	fmt.Println("bad params:", rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)

	c := rand.New(&counter{})
	fmt.Println("counter:", c.Int63(), c.Uint64(), c.Int31n(10), c.Intn(1000), c.Float64())
	fmt.Println("counter perm:", c.Perm(6))
	b := make([]byte, 9)
	c.Read(b)
	fmt.Println("counter read:", b)
	c.Seed(0)
	fmt.Println("counter reseeded:", c.Int63())

	w := &wrapped{Source: rand.NewSource(3)}
	wr := rand.New(w)
	fmt.Println("wrapped:", wr.Uint64(), wr.Int63(), w.calls)

	var s rand.Source = rand.NewSource(9)
	_, is64 := s.(rand.Source64)
	fmt.Println("NewSource is Source64:", is64)
	fmt.Printf("%T\n", rand.New(s))
	s.Seed(10)
	fmt.Println(s.Int63())
}
