package main

import "fmt"

type Celsius float64
type Bits uint8

const (
	B0 Bits = 1 << iota
	B1
	B2
)

func (b Bits) Has(f Bits) bool { return b&f != 0 }

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) Turn() Dir { return (d + 1) % 4 }

func main() {
	var c Celsius = 36.6
	c += 1
	c = c * 2 / 2
	fmt.Printf("%.1f %T\n", c, c)
	var b Bits = B0 | B2
	fmt.Println(b.Has(B1), b.Has(B2), b, ^b, b<<1)
	d := West
	fmt.Println(d.Turn(), d.Turn().Turn(), North-1)
	x := 10
	var f float64 = float64(x) / 4
	fmt.Println(f, x/4, float32(x)/3)
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge))
	var u8 uint8 = 'a'
	var r = 'a' + 1
	fmt.Printf("%T %v %T %v\n", u8, u8, r, r)
	var i8 int8 = -1
	fmt.Println(uint8(i8), i8>>1, i8<<7)
	fmt.Println(7.0/2, 7/2.0, 7/2, 7%3, -7/2)
	var ff = 1e3
	var ii = int(ff) + 'b'
	fmt.Println(ii)
	const s = "const" + "ant"
	var bs = []byte(s)
	fmt.Println(len(s), bs[0], s[1:3])
	type Pt struct{ X, Y int }
	pts := map[Pt]string{{1, 2}: "a"}
	fmt.Println(pts[Pt{1, 2}])
	var arr [B2]int
	fmt.Println(len(arr))
	fmt.Println(len([...]int{B2: 1}))
	var cp complex64 = 3
	fmt.Println(cp, real(cp)*2)
	m := 5
	m <<= B1
	fmt.Println(m)
}
