// math/rand/v2: PCG and ChaCha8 Seed, Read, Marshal/Unmarshal; zero values; user Sources.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type constSource uint64

func (c constSource) Uint64() uint64 { return uint64(c) }

type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 { c.n += 0x9e3779b97f4a7c15; return c.n }

func main() {
	p := rand.NewPCG(7, 8)
	a := p.Uint64()
	p.Seed(7, 8)
	fmt.Println("pcg reseed:", a == p.Uint64(), p.Uint64())
	b, err := p.MarshalBinary()
	fmt.Println("pcg marshal:", b, err, len(b))
	v := p.Uint64()
	var q rand.PCG
	fmt.Println("unmarshal:", q.UnmarshalBinary(b), q.Uint64() == v)
	fmt.Println("bad:", q.UnmarshalBinary(b[:5]), q.UnmarshalBinary([]byte("xxxx0123456789abcdef")))
	b2, _ := p.AppendBinary([]byte("pre"))
	fmt.Printf("append: %q\n", b2)
	var zp rand.PCG
	fmt.Println("zero pcg:", zp.Uint64(), zp.Uint64())

	var seed [32]byte
	copy(seed[:], "read test seed")
	c := rand.NewChaCha8(seed)
	buf := make([]byte, 13)
	n, err := c.Read(buf)
	fmt.Println("read:", n, err, buf)
	n, _ = c.Read(buf[:2])
	fmt.Println("read 2:", n, buf[:2])
	m, err := c.MarshalBinary()
	fmt.Printf("marshal with readbuf: %q %v\n", m, err)
	d := new(rand.ChaCha8)
	fmt.Println("unmarshal:", d.UnmarshalBinary(m))
	x := make([]byte, 20)
	y := make([]byte, 20)
	c.Read(x)
	d.Read(y)
	fmt.Println("same after unmarshal:", string(x) == string(y), c.Uint64() == d.Uint64())
	for i := 0; i < 300; i++ {
		c.Uint64()
	}
	m, _ = c.MarshalBinary()
	fmt.Printf("marshal later: %q\n", m)
	fmt.Println("bad:", d.UnmarshalBinary([]byte("chacha8:short")), d.UnmarshalBinary([]byte("readbuf:")))
	c.Seed(seed)
	fmt.Println("reseeded:", c.Uint64())
	var zc rand.ChaCha8
	fmt.Println("zero chacha8:", zc.Uint64(), zc.Uint64())
	mz, _ := zc.MarshalBinary()
	fmt.Printf("%q\n", mz)

	r := rand.New(constSource(1<<64 - 1))
	fmt.Println("const max:", r.Int64(), r.Int32(), r.Int(), r.Uint32(), r.Float64(), r.Float32(), r.IntN(10))
	r = rand.New(constSource(0))
	fmt.Println("const zero:", r.Int64(), r.Float64(), r.Float32(), r.IntN(8), r.Uint64N(1<<40))
	r = rand.New(&counter{})
	fmt.Println("counter:", r.IntN(100), r.Uint64N(1000), r.Perm(8), r.NormFloat64(), r.ExpFloat64())

	// The generic N on time.Duration with a seeded PCG via a Rand's Int64N.
	pr := rand.New(rand.NewPCG(3, 4))
	fmt.Println("durations:", time.Duration(pr.Int64N(int64(time.Second))), time.Duration(pr.Int64N(int64(time.Hour))))
}
