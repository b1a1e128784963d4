// Pattern: pipeline.
//
// A pipeline is a chain of stages connected by channels. Each stage is a
// goroutine that receives from the previous stage, does one small job and
// sends the result on. All stages run at the same time, like workers on an
// assembly line: while `square` works on item 3, `gen` may already be
// producing item 4.
//
// What to look at:
//   - every stage has the same shape: take `<-chan T`, return `<-chan U`,
//     and close its output when its input is exhausted. Closing propagates
//     down the line: gen closes, square's range ends and it closes, and so on;
//   - stages can be composed freely: square(square(gen(...))).
//
// Because each stage handles items in order and there is one goroutine per
// stage, the output order is deterministic.
//
// Common mistake: a stage that forgets `close(out)` makes every later stage
// (and finally main) wait forever.
package main

import "fmt"

// gen is the source: it emits its arguments.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

// square is a middle stage: n -> n*n.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out) // when `in` is closed and drained, close ours
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

// onlyEven is a filter stage: it drops values instead of transforming them.
func onlyEven(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 0 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	// gen -> square -> onlyEven -> main
	for v := range onlyEven(square(gen(1, 2, 3, 4, 5, 6))) {
		fmt.Println("even square:", v)
	}

	// Stages compose: squaring twice gives fourth powers.
	sum := 0
	for v := range square(square(gen(1, 2, 3))) {
		sum += v
	}
	fmt.Println("sum of fourth powers:", sum) // 1 + 16 + 81
}
