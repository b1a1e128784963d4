package main

import "fmt"

var global []int

func a1() {
	var s []int
	s = append(s, 1)
	fmt.Println("a1", cap(s))
}

func a2() {
	s := []byte{}
	for i := 0; i < 40; i++ {
		s = append(s, 'x')
		if i%10 == 0 {
			fmt.Print(cap(s), " ")
		}
	}
	fmt.Println("a2")
}

func a3() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println("a3", cap(s))
}

func a4() {
	var s []int
	s = append(s, 1)
	global = s
	fmt.Println("a4", cap(s))
}

func a5() []int {
	var s []int
	s = append(s, 1)
	fmt.Println("a5", cap(s))
	return s
}

func a6() {
	var s []int
	for round := 0; round < 3; round++ {
		s = nil
		s = append(s, round)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("a6")
}

func a7() {
	var s []string
	s = append(s, "a")
	s = append(s, "b")
	s = append(s, "c")
	fmt.Println("a7", len(s), cap(s), s[2])
}

func a8() {
	type P struct{ x, y, z int64 }
	var s []P
	s = append(s, P{})
	fmt.Println("a8", cap(s))
	var q []struct{ a, b, c, d, e int64 }
	q = append(q, struct{ a, b, c, d, e int64 }{})
	fmt.Println("a8b", cap(q))
}



func a11() {
	s := make([]int, 0)
	s = append(s, 1, 2)
	var u []int
	u = append(u, 1)
	fmt.Println("a11", cap(s), cap(u))
}


func a13() {
	var s []int
	s = append(s, 1)
	fmt.Println("a13", cap(s), s)
}

func a14() {
	var s []int16
	s = append(s, 1)
	x := s[0]
	s[0] = 5
	fmt.Println("a14", cap(s), x, len(s))
}

func a15() {
	var s []*int
	v := 3
	s = append(s, &v)
	fmt.Println("a15", cap(s), *s[0])
}

func b2() {
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	s = s[:0]
	fmt.Println("b2", cap(s))
}

func b3() {
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	s = append(s, 9)
	fmt.Println("b3", cap(s))
}

func b4() {
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	s = s[:1]
	s = append(s, 9)
	fmt.Println("b4", cap(s), len(s))
}

func b5() {
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	copy(s, []int{7})
	fmt.Println("b5", cap(s), s[0])
}

// the classic demo: only len and cap are looked at
func demo() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
}

func main() {
	demo()
	b2()
	b3()
	b4()
	b5()
	a1()
	a2()
	a3()
	a4()
	a5()
	a6()
	a7()
	a8()
	a11()
	a13()
	a14()
	a15()
}
