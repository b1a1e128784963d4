package main

import "fmt"

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), real(b), imag(b))
	var c64 complex64 = complex64(a)
	fmt.Println(c64, c64*c64, real(c64))
	fmt.Printf("%T %T %T\n", a, c64, real(c64))
	fmt.Println(a == 3+4i, a != b)
	var z complex128
	fmt.Println(z, z == 0)
	c := complex(float32(1.5), float32(2))
	fmt.Printf("%T %v\n", c, c)
	const k = 1i * 1i
	fmt.Println(k, real(k))
	x := 2i
	x *= x
	fmt.Println(x)
	fmt.Println(complex(0, 1)/complex(0, 2), (1+1i)*(1-1i))
	fmt.Printf("%.2f %v\n", a/b, -a)
}
