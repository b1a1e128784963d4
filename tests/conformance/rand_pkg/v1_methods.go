// math/rand: every Rand method on NewSource seeds, compared with real Go's numbers.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{42, 1, 0, -7, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		fmt.Println(" Intn:", r.Intn(10), r.Intn(100), r.Intn(1000), r.Intn(1<<31-1), r.Intn(1<<31), r.Intn(1<<62+12345))
		fmt.Println(" Int63n:", r.Int63n(1), r.Int63n(2), r.Int63n(1<<40), r.Int63n(1e18+7), r.Int63n(3))
		fmt.Println(" Int31n:", r.Int31n(1), r.Int31n(64), r.Int31n(1e9+7), r.Int31n(3))
		fmt.Println(" Int/Int63/Int31:", r.Int(), r.Int63(), r.Int31())
		fmt.Println(" Uint32/Uint64:", r.Uint32(), r.Uint64())
		fmt.Println(" Float64:", r.Float64(), r.Float64())
		fmt.Println(" Float32:", r.Float32(), r.Float32())
		fmt.Println(" Perm:", r.Perm(0), r.Perm(1), r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(" Shuffle:", s)
		b := make([]byte, 5)
		n, err := r.Read(b)
		fmt.Println(" Read:", n, err, b)
		b = make([]byte, 11)
		r.Read(b[:3])
		r.Read(b[3:])
		fmt.Println(" Read split:", b)
		fmt.Printf(" Norm: %v %v %v\n", r.NormFloat64(), r.NormFloat64(), r.NormFloat64())
		fmt.Printf(" Exp: %v %v %v\n", r.ExpFloat64(), r.ExpFloat64(), r.ExpFloat64())
	}

	// Seed resets the generator (and the Read buffer).
	r := rand.New(rand.NewSource(5))
	a := []int64{r.Int63(), r.Int63()}
	r.Seed(5)
	fmt.Println("reseed:", a, r.Int63(), r.Int63())
	r.Seed(99)
	fmt.Println("seed 99:", r.Intn(1000))

	// Seeds equal modulo 2^31-1 give the same stream.
	x := rand.New(rand.NewSource(3))
	y := rand.New(rand.NewSource(3 + (1<<31 - 1)))
	fmt.Println("mod 2^31-1:", x.Int63() == y.Int63())

	// Many normal and exponential draws exercise the ziggurat's slow paths.
	r = rand.New(rand.NewSource(2024))
	var sn, se float64
	mn, mx := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		v := r.NormFloat64()
		sn += v
		if v < mn {
			mn = v
		}
		if v > mx {
			mx = v
		}
		se += r.ExpFloat64()
	}
	fmt.Println("norm sum/min/max:", sn, mn, mx)
	fmt.Println("exp sum:", se)
	for i := 0; i < 5; i++ {
		fmt.Print(r.NormFloat64()*15+100, " ")
	}
	fmt.Println()

	// Intn over many sizes.
	r = rand.New(rand.NewSource(7))
	sum := 0
	for n := 1; n < 3000; n += 7 {
		sum += r.Intn(n)
	}
	fmt.Println("Intn sum:", sum)
	var f32 float32
	for i := 0; i < 1000; i++ {
		f32 += r.Float32()
	}
	fmt.Println("Float32 sum:", f32)
}
