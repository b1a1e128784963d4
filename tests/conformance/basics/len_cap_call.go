package main

import "fmt"

// len and cap of an array or pointer-to-array operand are constants only when
// the operand holds no function call and no channel receive: f is called here.

var calls int

func f() *[3]int { calls++; return &[3]int{1, 2, 3} }

func g() *[4]int { calls++; return nil }

func arr() [5]string { calls++; return [5]string{} }

func main() {
	n := len(f())
	c := cap(f())
	fmt.Println(n, c, calls)

	fmt.Println(len(g()), cap(g()), calls)
	fmt.Println(len(arr()), cap(arr()), calls)

	ch := make(chan *[5]int, 2)
	ch <- nil
	ch <- &[5]int{}
	fmt.Println(len(<-ch), cap(<-ch), len(ch))

	ach := make(chan [2]int, 1)
	ach <- [2]int{}
	fmt.Println(len(<-ach), len(ach))

	var p *[2]int
	fmt.Println(len(p), cap(p))
	const k = len([3]int{})
	var a [7]int
	const ka = len(a)
	const kp = cap(&a)
	fmt.Println(k, ka, kp, len(&a))

	fmt.Println(len([2]func() int{func() int { calls++; return 0 }}), calls)

	defer func() { fmt.Println("recovered:", recover(), calls) }()
	fmt.Println(len(*g()))
}
