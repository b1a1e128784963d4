package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Sum() int        { return p.X + p.Y }
func (p *Pt) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Pt) Add(q Pt) Pt     { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) String() string  { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Num int

func (n Num) Double() Num { return n * 2 }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	p := Pt{1, 2}
	sum := p.Sum // value bound now
	p.X = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scale // &p bound
	scale(2)
	fmt.Println(p)
	fSum := Pt.Sum
	fmt.Println(fSum(Pt{3, 4}))
	fScale := (*Pt).Scale
	q := &Pt{1, 1}
	fScale(q, 5)
	fmt.Println(*q)
	fPtrSum := (*Pt).Sum
	fmt.Println(fPtrSum(q))
	add := Pt.Add
	fmt.Println(add(Pt{1, 1}, Pt{2, 2}))
	fmt.Printf("%T\n", fSum)
	fmt.Printf("%T\n", fScale)
	fmt.Printf("%T\n", scale)
	d := Num(21).Double
	fmt.Println(d(), Num.Double(5))
	var op Op = func(a, b int) int { return a - b }
	fmt.Println(op.Apply(10, 3))
	apply := op.Apply
	fmt.Println(apply(1, 2))
	var st fmt.Stringer = Pt{7, 8}
	ss := st.String
	fmt.Println(ss())
	ifn := fmt.Stringer.String
	fmt.Println(ifn(Pt{9, 9}))
	fs := []func() int{Pt{1, 1}.Sum, Pt{2, 2}.Sum}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	pp := &Pt{5, 5}
	bound := pp.Sum // copies *pp now
	pp.X = 0
	fmt.Println(bound())
}
