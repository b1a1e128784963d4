package main

import "fmt"

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	_
	x3
	y  = "str"
	z
	w = iota + 100
	v
)

const (
	p = 'a' + iota
	q
	r
)

const single = iota

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, FlagD&^FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x3, y, z, w, v)
	fmt.Println(p, q, r, string(rune(r)))
	fmt.Println(single)
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %T\n", Green, Green, Blue)
	const (
		m = iota
		n
	)
	fmt.Println(m, n)
}
