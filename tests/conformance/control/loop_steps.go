package main

import "fmt"

func main() {
	f := make([]float64, 3)
	f[1] = 2
	var a []any = make([]any, 2)
	a[0] = 3
	b := make([]byte, 2)
	b[1] = 'x'
	s := make([]string, 2)
	s[0] = "k"
	fmt.Println(f, a, b, s)
	fmt.Printf("%T %T\n", f[1], a[0])
	n := 20
	for j, st := 3, 0; j <= n; j += st + 1 {
		fmt.Print(j, " ")
	}
	fmt.Println()
	st := 4
	for j := 0; j < n; j += st {
		fmt.Print(j, " ")
	}
	fmt.Println()
	st = 0
	c := 0
	for j := 0; j < n; j += st {
		c++
		if c > 3 {
			break
		}
	}
	st = -2
	for j := 0; j < n; j += st {
		c++
		if c > 6 {
			fmt.Println("neg", j)
			break
		}
	}
	var t []bool = make([]bool, 4)
	for i := 0; i < 4; i++ {
		if !t[i] {
			t[i] = i%2 == 0
		}
	}
	fmt.Println(t, c)
}
