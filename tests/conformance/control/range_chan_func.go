package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range count(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range count(100) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range pairs([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for range count(2) {
		fmt.Print("x")
	}
	fmt.Println()
	var f func(func() bool) = func(yield func() bool) {
		yield()
		yield()
	}
	for range f {
		fmt.Print("y")
	}
	fmt.Println()
	total := 0
	for v := range count(10) {
		if v%2 == 0 {
			continue
		}
		total += v
	}
	fmt.Println(total)
}
