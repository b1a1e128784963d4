package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string   { return "circle" }
func (c *Circle) Grow()          { c.r++ }

type Grower interface {
	Shape
	Grow()
}

func Total[S Shape](xs []S) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func Names[S Shape](xs ...S) []string {
	var out []string
	for _, x := range xs {
		f := x.Name // method value on a type parameter
		out = append(out, f())
	}
	return out
}

func GrowAll[G Grower](xs []G) {
	for _, x := range xs {
		x.Grow()
	}
}

type Counter interface {
	~int | ~int64
	Inc() int
}

type Hits int

func (h Hits) Inc() int { return int(h) + 1 }

func Bump[C Counter](c C) (int, C) { return c.Inc(), c + 1 }

type Wrapper[T fmt.Stringer] struct{ items []T }

func (w Wrapper[T]) Join() string {
	s := ""
	for _, it := range w.items {
		s += "[" + it.String() + "]"
	}
	return s
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case fmt.Stringer:
		return "stringer " + x.String()
	case int:
		return fmt.Sprint("int ", x)
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	fmt.Println(Total([]Sq{{1}, {2}}))
	cs := []*Circle{{1}, {2}}
	fmt.Println(Total(cs))
	GrowAll(cs)
	fmt.Println(Total(cs), cs[0].r)
	fmt.Println(Names(Sq{1}, Sq{2}), Names[Shape](Sq{1}, &Circle{1}))
	fmt.Println(Bump(Hits(41)))
	w := Wrapper[Tag]{[]Tag{"a", "b"}}
	fmt.Println(w.Join())
	fmt.Println(Describe(Tag("x")), Describe(5), Describe(2.5))
	fmt.Println(Total([]Shape{Sq{3}, &Circle{1}}))
}
