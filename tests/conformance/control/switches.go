package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func ft(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func eval(s string) int {
	fmt.Print("eval ", s, " ")
	return len(s)
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	for i := 0; i < 5; i++ {
		ft(i)
	}
	switch x := 5; x * 2 {
	case 1, 2, 3:
		fmt.Println("low")
	case 8, 10:
		fmt.Println("ten-ish")
	}
	switch eval("abc") {
	case eval("a"), eval("ab"), eval("abc"), eval("abcd"):
		fmt.Println("matched")
	}
	switch {
	default:
		fmt.Println("only default")
	}
	switch s := "go"; s {
	case "rust":
	case "go":
		fmt.Println("gopher")
		if true {
			break
		}
		fmt.Println("unreachable")
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	switch c := 'b'; {
	case c >= 'a' && c <= 'z':
		fmt.Println("lower", string(c))
	}
	x := 2
	switch x {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch {
	case x > 1:
		fmt.Println("a")
		fallthrough
	case x > 100:
		fmt.Println("b (fallthrough)")
	}
}
