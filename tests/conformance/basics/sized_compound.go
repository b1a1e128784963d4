package main

import "fmt"

type Regs struct {
	A int8
	B uint16
	C [2]uint8
}

func main() {
	arr := [3]uint8{250, 251, 252}
	for i := range arr {
		arr[i] += 10
	}
	fmt.Println(arr)
	s := []int16{32000, -32000}
	s[0] += 1000
	s[1] -= 1000
	s[0] <<= 1
	fmt.Println(s)
	m := map[string]int8{"a": 127}
	m["a"]++
	m["b"]--
	m["a"] *= 3
	fmt.Println(m["a"], m["b"])
	r := &Regs{A: 100, B: 65000}
	r.A += 100
	r.B += 1000
	r.C[1] -= 1
	r.C[0] = r.C[1] * 2
	fmt.Println(*r)
	var x uint8 = 255
	p := &x
	*p++
	fmt.Println(x)
	*p -= 2
	fmt.Println(x, *p>>1)
	var u32 uint32 = 1 << 31
	pu := &u32
	*pu <<= 1
	fmt.Println(u32)
	type W struct{ v int32 }
	ws := []W{{2147483647}}
	ws[0].v++
	fmt.Println(ws[0].v)
	var i64 int64 = 1
	for k := 0; k < 70; k++ {
		i64 *= 3
	}
	fmt.Println(i64)
	var c64 uint64 = 1
	for k := 0; k < 70; k++ {
		c64 *= 3
	}
	fmt.Println(c64)
	bs := []byte("az")
	bs[0]--
	bs[1]++
	fmt.Println(bs, string(bs))
	var sh int8 = 1
	sh <<= 7
	fmt.Println(sh)
	sh >>= 3
	fmt.Println(sh)
	var neg int32 = -7
	neg %= 3
	fmt.Println(neg)
	var ui uint = 7
	ui -= 10
	ui /= 2
	fmt.Println(ui)
}
