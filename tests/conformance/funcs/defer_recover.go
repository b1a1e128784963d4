package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func nestedPanic() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got ", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func deferModifies() (n int) {
	defer func() {
		n *= 10
	}()
	n = 5
	return n + 1
}

func loopRecover() []int {
	var out []int
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if recover() != nil {
					out = append(out, -i)
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			out = append(out, i)
		}()
	}
	return out
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(MyErr{7}) }))
	fmt.Println(safe(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(safe(func() {
		s := []int{}
		_ = s[3]
	}))
	fmt.Println(safe(func() {
		var p *MyErr
		_ = p.Code
	}))
	fmt.Println(safe(func() {
		x := 0
		_ = 5 / x
	}))
	fmt.Println(nestedPanic())
	fmt.Println(deferModifies())
	fmt.Println(loopRecover())
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				var me MyErr
				fmt.Println("is error:", e, errors.As(e, &me), me.Code)
			}
		}()
		panic(MyErr{42})
	}()
	func() {
		defer func() {
			fmt.Println("re-recovered:", recover())
		}()
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("orig")
	}()
	fmt.Println("end")
}
