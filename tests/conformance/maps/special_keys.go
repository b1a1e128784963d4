package main

import "fmt"

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1.0] = 3
	fmt.Println(len(m), m[nan])
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	negz := -zero
	m2 := map[float64]string{zero: "zero"}
	m2[negz] = "negzero"
	fmt.Println(len(m2), m2[0])
	sm := map[Shape]int{}
	sm[Sq{2}] = 4
	sm[Sq{3}] = 9
	sm[Sq{2}]++
	fmt.Println(len(sm), sm[Sq{2}])
	pm := map[Point]string{{1, 2}: "a", {2, 1}: "b"}
	pm[Point{1, 2}] += "!"
	fmt.Println(pm[Point{1, 2}], pm[Point{Y: 1, X: 2}])
	type K struct {
		name string
		tags [2]string
	}
	km := map[K]int{}
	km[K{"a", [2]string{"x", "y"}}] = 1
	fmt.Println(km[K{"a", [2]string{"x", "y"}}], km[K{"a", [2]string{"y", "x"}}])
	var ip1, ip2 interface{} = Point{1, 1}, Point{1, 1}
	im := map[interface{}]bool{ip1: true}
	fmt.Println(im[ip2])
	cm := map[complex128]int{1 + 2i: 5}
	fmt.Println(cm[complex(1, 2)])
	strm := map[string]int{"": 1, "\x00": 2}
	fmt.Println(strm[""], strm["\x00"], len(strm))
	nested := map[Point]map[string]int{}
	if nested[Point{}] == nil {
		nested[Point{}] = map[string]int{}
	}
	nested[Point{}]["x"]++
	nested[Point{}]["x"]++
	fmt.Println(nested)
	type Big struct {
		a, b, c int64
		s       string
	}
	bm := map[Big]int{}
	for i := 0; i < 100; i++ {
		bm[Big{int64(i % 10), 0, 0, "k"}]++
	}
	fmt.Println(len(bm), bm[Big{3, 0, 0, "k"}])
}
