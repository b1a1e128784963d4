package main

import (
	"fmt"
	"time"
)

// defer and go with the built-ins allowed in statement context: the arguments
// are evaluated at the statement, the built-in runs later.

type K struct{ a, b int }

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	m := map[string]int{"a": 1, "b": 2}
	ch := make(chan int, 1)
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		defer copy(dst, src)
		defer delete(m, "a")
		defer close(ch)
		defer panic("p")
		defer clear(m)
		src = []int{9, 9, 9}
		fmt.Println(dst, m)
	}()
	fmt.Println(dst, m)
	_, ok := <-ch
	fmt.Println(ok)

	mi := map[any]int{1: 1, 2: 2}
	mk := map[K]int{{1, 2}: 1, {3, 4}: 2}
	k := K{1, 2}
	arr := [3]int{1, 2, 3}
	bs := make([]byte, 4)
	func() {
		defer delete(mi, 1)
		defer delete(mk, k)
		defer clear(arr[:2])
		defer copy(arr[1:], []int{7})
		defer copy(bs, "hey")
		k.a = 3
		fmt.Println(mi, mk, k, arr, bs)
	}()
	fmt.Println(mi, mk, arr, string(bs[:3]))

	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i, arr)
		defer copy(arr[i:], []int{i * 10})
	}

	m2 := map[int]int{1: 1}
	c2 := make(chan int)
	d2 := make([]byte, 2)
	s2 := []int{5, 6}
	go delete(m2, 1)
	go copy(d2, "hi")
	go clear(s2)
	go close(c2)
	<-c2
	time.Sleep(50 * time.Millisecond)
	fmt.Println(m2, string(d2), s2)

	func() {
		defer func() { fmt.Println("outer recover", recover()) }()
		func() {
			defer recover() // not called by a deferred function: recovers nothing
			panic("through")
		}()
	}()
}
