package main

import "fmt"

// Methods declared on an alias, or an alias of an alias, of a defined type
// belong to that type.

type T struct{ n int }
type A = T
type B = A
type PB = B

func (b B) Get() int    { return b.n }
func (p *A) Set(n int)  { p.n = n }
func (t PB) Twice() int { return 2 * t.n }
func (t T) String() string {
	return fmt.Sprintf("T(%d)", t.n)
}

type Getter interface{ Get() int }

type Celsius float64
type C1 = Celsius
type C2 = C1

func (c C2) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var t T
	t.Set(4)
	fmt.Println(t.Get(), t.Twice(), t)
	var g Getter = t
	fmt.Println(g.Get())
	var b B
	b.Set(7)
	fmt.Println(b, b.Get())
	p := &b
	fmt.Println(p.Get(), p.Twice())
	fmt.Println(C2(100).F(), Celsius(-40).F())
	f := B.Get
	h := (*A).Set
	h(&t, 9)
	fmt.Println(f(t))
}
