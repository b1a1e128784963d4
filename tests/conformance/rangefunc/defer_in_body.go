package main

import "fmt"

func Items(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := range n {
			if !yield(i) {
				fmt.Println("early exit at", i)
				return
			}
		}
	}
}

func collect() (out []string) {
	defer func() { out = append(out, "func end") }()
	for i := range Items(3) {
		defer func() { out = append(out, fmt.Sprint("deferred ", i)) }()
	}
	out = append(out, "loop end")
	return
}

func withPanic() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered ", r)
		}
	}()
	for i := range Items(5) {
		if i == 2 {
			panic(fmt.Sprint("at ", i))
		}
	}
	return "no panic"
}

func earlyReturn() int {
	for i := range Items(10) {
		if i*i > 10 {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(collect())
	fmt.Println(withPanic())
	fmt.Println(earlyReturn())
	total := 0
	for i := range Items(4) {
		for j := range Items(2) {
			total += i * j
		}
	}
	fmt.Println(total)
}
