package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func fibMat(n int) int {
	res := Matrix{{1, 0}, {0, 1}}
	b := Matrix{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			res = res.Mul(b)
		}
		b = b.Mul(b)
		n >>= 1
	}
	return res[0][1]
}

type Stack struct{ data [4]int; n int }

func (s Stack) Push(v int) Stack { s.data[s.n] = v; s.n++; return s }

func retArr() [3]int { return [3]int{1, 2, 3} }

func main() {
	for _, n := range []int{1, 2, 10, 50, 90} {
		fmt.Println(n, fibMat(n))
	}
	s0 := Stack{}
	s1 := s0.Push(1)
	s2 := s1.Push(2)
	fmt.Println(s0, s1, s2)
	fmt.Println(retArr()[1], len(retArr()))
	for i, v := range retArr() {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	x := retArr()
	y := x
	y[0] = 9
	fmt.Println(x, y, x == retArr())
	type Rec struct {
		arr  [2]Matrix
		next *Rec
	}
	r := Rec{}
	r.arr[1][1][1] = 5
	r2 := r
	r2.arr[1][1][1] = 6
	r.next = &r2
	r.next.arr[0][0][0] = 1
	fmt.Println(r.arr[1][1][1], r2.arr[1][1][1], r2.arr[0][0][0])
	pm := &r.arr[1]
	pm[0][0] = 42
	fmt.Println(r.arr[1][0][0])
	sl := r.arr[:]
	sl[0][1][0] = 7
	fmt.Println(r.arr[0][1][0])
	ms := map[string]Matrix{}
	ms["a"] = r.arr[1]
	r.arr[1][0][0] = 0
	fmt.Println(ms["a"][0][0])
	ch := make(chan Matrix, 1)
	ch <- r.arr[0]
	r.arr[0][0][0] = -1
	fmt.Println((<-ch)[0][0])
	var iface interface{} = r.arr
	r.arr[0][0][0] = -2
	fmt.Println(iface.([2]Matrix)[0][0][0])
}
