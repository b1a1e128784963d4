package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("unreachable", y)
	} else {
		fmt.Println(x, y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 3; x {
	case 3:
		x := "case"
		fmt.Println(x)
	}
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner println")
		_ = err
	}
	fmt.Println(err)
	fn := func() {
		x = "closure changed"
	}
	fn()
	fmt.Println(x)
	type x2 int
	var v x2 = 5
	fmt.Printf("%T %v\n", v, v)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	nil := 5
	fmt.Println(nil)
}
