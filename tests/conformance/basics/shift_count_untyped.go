package main

import "fmt"

// A shift count may be any untyped constant representable as a uint:
// untyped float and complex constants included.

type Bits uint16

func main() {
	x := 3
	fmt.Println(x<<(2+0i), x>>(1+0i), x<<2.0, x>>1.0)
	const c = 1 << (3 + 0i)
	fmt.Println(c)
	var u uint8 = 1
	u <<= 2.0 + 0i
	fmt.Println(u)
	u >>= 1.0
	fmt.Println(u)
	fmt.Println(1<<(2+0i), int64(-8)>>(1+0i))
	var b Bits = 1
	b <<= 'a' - 'a' + 15 + 0i
	fmt.Println(b, b<<1.0)
	arr := []int{5, 6}
	arr[1] <<= 3 + 0i
	fmt.Println(arr)
	const k = 2.0
	fmt.Println(x << k)
}
