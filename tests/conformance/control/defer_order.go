package main

import "fmt"

func f() (r int) {
	defer func() { r *= 2 }()
	defer func() { r += 3 }()
	return 1
}

func loopDefer() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func args() {
	x := 1
	defer fmt.Println("arg evaluated at defer:", x)
	x = 2
	defer func() { fmt.Println("closure sees:", x) }()
	x = 3
}

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv", t.n) }
func (t *T) pshow() { fmt.Println("ptr recv", t.n) }

func recov() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	var a []int
	_ = a[5]
	return nil
}

func main() {
	fmt.Println(f())
	loopDefer()
	args()
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.n = 42
	fmt.Println(recov())
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("recover outside panic:", recover())
}
