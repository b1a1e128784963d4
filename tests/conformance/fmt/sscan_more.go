package main

import (
	"errors"
	"fmt"
	"io"
)

type Celsius float64
type Name string

func main() {
	var i int
	var i8 int8
	var u uint
	var s string
	var f float64
	var f32 float32
	var b bool
	var c complex128
	var bs []byte
	show := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }
	show(fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &u, &i8, &f, &s))
	fmt.Println(i, u, i8, f, s)
	show(fmt.Sscan("  -42\n\n  +3.5e2  ", &i, &f))
	fmt.Println(i, f)
	show(fmt.Sscan("200", &i8))
	show(fmt.Sscan("-1", &u))
	show(fmt.Sscan("99999999999999999999", &i))
	show(fmt.Sscan("", &i))
	show(fmt.Sscan("   ", &i))
	show(fmt.Sscan("x", &f))
	show(fmt.Sscan("1e500", &f))
	show(fmt.Sscan("3.4e39", &f32))
	show(fmt.Sscan("T F true FALSE 1 0", &b, &b, &b, &b, &b, &b))
	show(fmt.Sscan("tru", &b))
	show(fmt.Sscan("(1+2i) 3-4.5i", &c, &c))
	fmt.Println(c)
	show(fmt.Sscan("1+2", &c))
	var cel Celsius
	var nm Name
	show(fmt.Sscan("36.6 bob", &cel, &nm))
	fmt.Println(cel, nm)
	show(fmt.Sscanln("1 2\n3", &i, &u))
	show(fmt.Sscanln("1\n2", &i, &u))
	show(fmt.Sscanln("1 2 3", &i, &u))
	show(fmt.Sscanln("5 6   \n", &i, &u))
	fmt.Println(i, u)
	show(fmt.Sscanf("7-8", "%d-%d", &i, &u))
	fmt.Println(i, u)
	show(fmt.Sscanf("7 - 8", "%d-%d", &i, &u))
	show(fmt.Sscanf("abc", "x%d", &i))
	show(fmt.Sscanf("12345", "%2d%3d", &i, &u))
	fmt.Println(i, u)
	show(fmt.Sscanf("ff FF 0x10", "%x %X %v", &i, &u, &i8))
	fmt.Println(i, u, i8)
	show(fmt.Sscanf("101 17", "%b %o", &i, &u))
	fmt.Println(i, u)
	show(fmt.Sscanf(`"quoted str" 68656c6c6f`, "%q %x", &s, &bs))
	fmt.Printf("%q %q\n", s, bs)
	show(fmt.Sscanf("`raw` x", "%q %s", &s, &nm))
	fmt.Println(s, nm)
	show(fmt.Sscanf("A", "%c", &i))
	fmt.Println(i)
	show(fmt.Sscanf("50%", "%d%%", &i))
	show(fmt.Sscanf("1 2", "%d", &i, &u))
	show(fmt.Sscanf("1", "%d %d", &i))
	show(fmt.Sscanf("1\n2", "%d %d", &i, &u))
	show(fmt.Sscanf("1\n2", "%d\n%d", &i, &u))
	fmt.Println(i, u)
	show(fmt.Sscanf("hello", "%d", &s))
	show(fmt.Sscanf("3", "%s", &i))
	show(fmt.Sscanf("U+1F600", "%U", &i))
	fmt.Println(i)
	show(fmt.Sscan("1", i))
	show(fmt.Sscanf("1.5p2", "%g", &f))
	fmt.Println(f)
	_, err := fmt.Sscan("", &i)
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF))
	_, err = fmt.Sscan(`"abc`, &s)
	fmt.Println(err, s)
	_, err = fmt.Sscanf(`"abc`, "%q", &s)
	fmt.Println(err == io.ErrUnexpectedEOF)
	var p *int
	show(fmt.Sscanf("5", "%d %", &i))
	_ = p
	show(fmt.Sscan("héllo wörld", &s, &nm))
	fmt.Println(s, nm)
}
