package main

// Complex constants keep integer and float parts apart (go/constant): real and
// imag of a constant are untyped floats, division is exact.

import "fmt"

const c1 = 1 + 2i
const c2 = c1 * c1
const c3 = c1 / 2
const r = real(c3)
const im = imag(c2)

func main() {
	fmt.Println(c1, c2, c3, r, im, r/2, im/3)
	var f float64 = real(7 + 0i)
	fmt.Println(f/2, real(7+0i)/2, imag(3i)/2)
	const h = 7 / (2 + 0i)
	fmt.Println(h, complex(1, 2)*2, (1+1i)*(1-1i))
	var i int = real(4 + 0i)
	fmt.Println(i, int(imag(5i)))
	x := 10 + 0i
	fmt.Printf("%T %v\n", x, x)
}
