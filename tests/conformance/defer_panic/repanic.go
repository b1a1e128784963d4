package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func level3() { panic(MyErr{3}) }

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 got", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	level3()
}

func level1() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("level1 got ", r)
	}()
	level2()
	return "unreachable"
}

func panicInDefer() {
	defer func() {
		fmt.Println("outermost sees", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(level1())
	panicInDefer()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, errors.Is(err, err))
			var me MyErr
			fmt.Println(errors.As(err, &me), me.Code)
		}()
		panic(MyErr{9})
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			e := r.(error)
			fmt.Printf("%T|%v\n", r, e.Error())
			re, ok := r.(interface{ RuntimeError() })
			fmt.Println(ok, re != nil)
		}()
		a := []int{1}
		i := 5
		_ = a[i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(nil)
	}()
	fmt.Println("end")
}
