// Checks that a goroutine can recover its own panic and the program goes on.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, errs, func() { panic("plain string") })
	safeGo(&wg, errs, func() { panic(errors.New("an error value")) })
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var msgs []string
	for err := range errs {
		msgs = append(msgs, err.Error())
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("program continues")
}
