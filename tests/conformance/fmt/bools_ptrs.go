package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	fmt.Printf("%t|%v|%5t|%-6t|%#v|%T|%d|%s\n", true, false, true, false, true, true, true, false)
	p := &P{1, 2}
	s := fmt.Sprintf("%p", p)
	fmt.Println(hasPrefix(s, "0x"), len(s) > 2)
	s = fmt.Sprintf("%v", &p)
	fmt.Println(hasPrefix(s, "0x"))
	i := 5
	s = fmt.Sprintf("%v", &i)
	fmt.Println(hasPrefix(s, "0x"))
	fmt.Printf("%v %+v\n", p, p)
	var np *P
	var ip *int
	fmt.Printf("%v|%+v|%#v|%p|%d|%s|%T\n", np, np, np, np, np, np, np)
	fmt.Printf("%v|%#v|%T\n", ip, ip, ip)
	fmt.Println(np, ip)
	m := map[string]int{"a": 1}
	s = fmt.Sprintf("%p", m)
	fmt.Println(hasPrefix(s, "0x"))
	sl := []int{1}
	s = fmt.Sprintf("%p", sl)
	fmt.Println(hasPrefix(s, "0x"))
	f := func() {}
	s = fmt.Sprintf("%v", f)
	fmt.Println(hasPrefix(s, "0x"))
	var nf func()
	fmt.Printf("%v %T %#v\n", nf, nf, nf)
	fmt.Printf("%T %T\n", f, main)
	fmt.Printf("%p\n", 5)
	var nilm map[string]int
	fmt.Printf("%p %p\n", nilm, []int(nil))
	ch := make(chan int)
	s = fmt.Sprint(ch)
	fmt.Println(hasPrefix(s, "0x"))
	var nch chan int
	fmt.Printf("%v %T %#v\n", nch, nch, nch)
	pp := &[]int{1, 2}
	pa := &[2]string{"a", "b"}
	pm := &map[string]int{"z": 1}
	fmt.Println(pp, pa, pm)
	fmt.Printf("%v %+v\n", pp, pa)
	ppp := &p
	_ = ppp
	type Q struct{ P *P }
	q := Q{p}
	s = fmt.Sprintf("%v", q)
	fmt.Println(hasPrefix(s, "{0x"))
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
