package main

import "fmt"

type Celsius float64

type Temp interface{ ~float64 | ~float32 }

func Conv[T, U Temp](x T) U { return U(x) }

func ToInt[T ~float64](x T) int8 { return int8(x) }

func main() {
	fmt.Println(Conv[Celsius, float32](0.1), Conv[float32, float64](0.1))
	fmt.Println(ToInt(300.5), ToInt(Celsius(-1e30)))
	var i interface{} = float32(0.1)
	f := i.(float32)
	fmt.Println(float64(f), f*f, f/3)
	var c64 complex64 = complex(0.1, 0.2)
	fmt.Println(c64*c64, complex128(c64))
	var h float32 = 0.5
	var arr = [2]float32{0.1, 0.2}
	arr[0] += h / 3
	fmt.Println(arr, arr[0]+arr[1])
	m := map[string]float32{"a": 1}
	m["a"] /= 3
	fmt.Println(m["a"] * 3)
	type P struct{ X float32 }
	p := P{1}
	p.X /= 7
	fmt.Println(p.X, p.X*7 == 1)
	g := func(x float32) float32 { return x * 1.1 }
	fmt.Println(g(3))
	var s []float32
	for i := 0; i < 4; i++ {
		s = append(s, float32(i)/3)
	}
	fmt.Println(s)
	fmt.Println(float32(1)/float32(3)*3 == 1, float32(16777217.0))
}
