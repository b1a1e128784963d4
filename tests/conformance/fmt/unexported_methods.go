package main

import "fmt"

// Values reached through unexported fields are printed without their
// String/Error methods (reflect cannot call them), exported ones with.
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type In struct{ A Temp }

type Box struct {
	X Temp
	t Temp
	i In
	I In
	l []Temp
	m map[string]Temp
	a any
	A any
	In
	in2 In
}

type in2 = In

func main() {
	b := Box{1, 2, In{3}, In{4}, []Temp{5}, map[string]Temp{"k": 6}, Temp(7), Temp(8), In{9}, In{10}}
	fmt.Println(b)
	fmt.Printf("%v\n%+v\n%s\n", b, []Box{b}, b)
	fmt.Println([]any{b.t, b.i}, &b.I)
}
