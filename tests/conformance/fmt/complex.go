package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	var c64 complex64 = complex64(complex(0.1, 0.2))
	fmt.Println(c, c64, complex(0, 0), -c)
	fmt.Printf("%v|%g|%.2f|%e|%+.1f|%8.2f|%T|%T\n", c, c, c, c, c, c, c, c64)
	fmt.Printf("%#v %#v\n", c, c64)
	fmt.Printf("%v %v\n", real(c), imag(c))
	fmt.Printf("%d\n", c)
	fmt.Println([]complex128{1, 2i, 3 + 4i})
}
