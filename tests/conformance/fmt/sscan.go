package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 hello 2.5", "%d %d %s %f", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("7 8 word", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanf("x=5,y=6", "x=%d,y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	var r rune
	var bl bool
	n, err = fmt.Sscanf("true Z", "%t %c", &bl, &r)
	fmt.Println(n, err, bl, string(r))
	n, err = fmt.Sscanln("3 4\n5", &a, &b)
	fmt.Println(n, err, a, b)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	var h int
	n, err = fmt.Sscanf("ff", "%x", &h)
	fmt.Println(n, err, h)
}
