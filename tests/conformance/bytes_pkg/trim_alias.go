package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q len=%d nil=%v\n", name, b, len(b), b == nil)
}

func main() {
	show("Trim", bytes.Trim([]byte("  hi  "), " "))
	show("Trim all", bytes.Trim([]byte("xxx"), "x"))
	show("Trim empty", bytes.Trim([]byte{}, "x"))
	show("Trim no cutset", bytes.Trim([]byte("ab"), ""))
	show("TrimLeft all", bytes.TrimLeft([]byte("xxx"), "x"))
	show("TrimRight all", bytes.TrimRight([]byte("xxx"), "x"))
	show("TrimRight empty", bytes.TrimRight([]byte{}, "x"))
	show("Trim unicode", bytes.Trim([]byte("¡¡hola!!"), "!¡"))
	show("Trim unicode all", bytes.Trim([]byte("¡¡"), "!¡"))
	show("TrimSpace", bytes.TrimSpace([]byte(" \t hi \n")))
	show("TrimSpace all", bytes.TrimSpace([]byte(" \t \n")))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("TrimSpace unicode", bytes.TrimSpace([]byte("\u00a0hi\u3000")))
	show("TrimSpace unicode all", bytes.TrimSpace([]byte("\u00a0 \u3000")))
	show("TrimFunc", bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit))
	show("TrimFunc all", bytes.TrimFunc([]byte("1234"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("1234"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("1234"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("abc"), []byte("ab")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("abc"), []byte("bc")))

	// results share the argument's array where Go's do
	buf := make([]byte, 11) // (the capacity of []byte("...") depends on escape analysis)
	copy(buf, "hello world")
	t := bytes.TrimSpace(buf[:5])
	t[0] = 'J'
	fmt.Println(string(buf))
	parts := bytes.Split(buf, []byte(" "))
	parts[1][0] = 'W'
	fmt.Println(string(buf), cap(parts[0]), cap(parts[1]), len(parts), cap(parts))
	parts[0] = append(parts[0], '!')
	fmt.Println(string(buf), string(parts[0]))
	f := bytes.Fields([]byte(" ab cd "))
	fmt.Println(len(f[0]), cap(f[0]), len(f[1]), cap(f[1]))
	before, after, _ := bytes.Cut(buf, []byte(" "))
	fmt.Println(cap(before), cap(after))
	up := bytes.ToUpper(buf)
	up[0] = 'x'
	fmt.Println(string(buf), string(up))
	c := bytes.Clone(buf)
	c[0] = 'Z'
	fmt.Println(string(buf), string(c))
	abc := make([]byte, 5)
	copy(abc, "a,b,c")
	sn := bytes.SplitN(abc, []byte(","), 2)
	fmt.Println(len(sn), cap(sn), cap(sn[0]), cap(sn[1]))
	hb := make([]byte, 6)
	copy(hb, "héllo")
	e := bytes.Split(hb, nil)
	fmt.Println(len(e), cap(e), cap(e[0]), cap(e[1]), cap(e[len(e)-1]))
	e = bytes.Split(hb[:3], nil)
	fmt.Println(len(e), cap(e), cap(e[0]), cap(e[1]), cap(e[len(e)-1]))
	e = bytes.SplitN(hb, nil, 2)
	fmt.Println(len(e), cap(e), cap(e[0]), cap(e[1]))
}
