package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {13, 13}, {-13, 4}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var a8 int8 = -128
	var b8 int8 = -1
	fmt.Println(a8/b8, a8%b8)
	var a64 int64 = -9223372036854775808
	var b64 int64 = -1
	fmt.Println(a64/b64, a64%b64)
	var a32 int32 = -2147483648
	var b32 int32 = -1
	fmt.Println(a32/b32, a32%b32)
	var ua uint8 = 200
	var ub uint8 = 7
	fmt.Println(ua/ub, ua%ub)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64/3, u64%7, u64/1000000007)
	fs := []float64{7, -7}
	for _, f := range fs {
		fmt.Println(f/2, f/-2, f/3)
	}
	x := 17
	x /= 3
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	y := -17
	y /= 4
	fmt.Println(y)
	y = -17
	y %= 4
	fmt.Println(y)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	z := 0
	fmt.Println(10 / z)
}
