// Checks sync.OnceFunc, OnceValue and OnceValues, including panics repeated on every call.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		fmt.Println("OnceFunc body runs")
	})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	f()
	fmt.Println("calls:", calls)

	computed := 0
	v := sync.OnceValue(func() int {
		computed++
		return 6 * 7
	})
	fmt.Println(v(), v(), v(), "computed:", computed)

	parse := sync.OnceValues(func() (int, error) {
		return strconv.Atoi("12x")
	})
	n, err := parse()
	fmt.Println(n, err)
	n, err = parse()
	fmt.Println(n, err)

	ok := sync.OnceValues(func() (string, error) { return "ready", nil })
	s, err := ok()
	fmt.Println(s, err)

	// A panic in the function is re-raised with the same value on every call.
	boom := sync.OnceFunc(func() {
		fmt.Println("panicking body runs once")
		panic(errors.New("boom"))
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
	bad := sync.OnceValue(func() string { panic("no value") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceValue call", i, "recovered:", recover()) }()
			fmt.Println(bad())
		}()
	}
}
