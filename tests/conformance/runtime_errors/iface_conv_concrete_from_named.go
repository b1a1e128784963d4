package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = &Circ{1}
	fmt.Println(s.Area())
	_ = s.(Sq)
}
