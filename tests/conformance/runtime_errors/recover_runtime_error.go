package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v | error=%v runtime.Error=%v\n", name, r, isErr, isRT)
		if isErr {
			var re runtime.Error
			fmt.Println("  errors.As:", errors.As(err, &re))
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	try("index", func() {
		a := []int{}
		i := 0
		_ = a[i]
	})
	try("div", func() {
		z := 0
		_ = 1 / z
	})
	try("nil", func() {
		var p *T
		_ = p.x
	})
	try("map", func() {
		var m map[int]int
		m[0]++
	})
	try("conv", func() {
		var x any = 1
		_ = x.(string)
	})
	try("close", func() {
		var c chan int
		close(c)
	})
	try("slice", func() {
		a := []int{1}
		j := 3
		_ = a[:j]
	})
	try("custom", func() {
		panic(fmt.Sprintf("custom %d", 1))
	})
	try("make", func() {
		n := -1
		_ = make([]byte, n)
	})
}
