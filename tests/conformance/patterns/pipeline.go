// Pattern: pipeline — stages connected by channels (generate, square, filter, sum), each closing its output.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int, 1)
	go func() {
		total := 0
		for n := range in {
			total += n
		}
		out <- total
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3, 4)) {
		fmt.Println(v)
	}
	// Stages compose; squaring twice.
	for v := range sq(sq(gen(2, 3))) {
		fmt.Println(v)
	}
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println("sum of odd squares 1..10:", <-sum(filter(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), odd)))
}
