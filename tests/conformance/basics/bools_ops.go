package main

import "fmt"

var calls int

func t(s string) bool {
	calls++
	fmt.Print(s, " ")
	return true
}

func f(s string) bool {
	calls++
	fmt.Print(s, " ")
	return false
}

func main() {
	fmt.Println(t("a") || f("b"))
	fmt.Println(f("a") || t("b"))
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(!t("x"))
	fmt.Println(calls)
	x, y := 5, 7
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	b := x < y
	b = !b
	fmt.Println(b, b == false)
	type B bool
	var mb B = true
	fmt.Println(mb, !mb)
	fmt.Printf("%v %t %T\n", mb, mb, mb)
	// operator precedence
	fmt.Println(1+2*3, (1+2)*3, 10-4-3, 2*3%4, 1<<2+1, 7&3<<1, 5|2^7, -2*-3)
	fmt.Println(1 < 2 == true, 3&1 == 1)
	i := 10
	i++
	i--
	i += 5
	i -= 2
	i *= 3
	i |= 1
	i &= 0xFE
	i ^= 0x3
	i <<= 2
	i >>= 1
	i &^= 4
	fmt.Println(i)
	var p *int
	fmt.Println(p == nil, p != nil)
}
