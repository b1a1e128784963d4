package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  seq cleanup", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func findFirst(target int) (int, bool) {
	for v := range Seq(10) {
		if v == target {
			return v * 100, true
		}
	}
	return -1, false
}

func nested() {
outer:
	for i := range Seq(3) {
		for j := range Seq(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("  pair", i, j)
		}
	}
}

func withDefer() (out []int) {
	for v := range Seq(3) {
		defer func() { out = append(out, v) }()
	}
	return nil
}

func gotoOut() {
	for v := range Seq(5) {
		if v == 2 {
			goto done
		}
		fmt.Println("  goto loop", v)
	}
done:
	fmt.Println("  after goto")
}

func main() {
	fmt.Println(findFirst(3))
	fmt.Println(findFirst(42))
	nested()
	fmt.Println(withDefer())
	gotoOut()
	cnt := 0
	for v := range Seq(6) {
		if v%2 == 1 {
			continue
		}
		cnt += v
	}
	fmt.Println("cnt", cnt)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range Seq(5) {
			if v == 1 {
				panic("boom in body")
			}
		}
	}()
	var fs []func() int
	for v := range Seq(3) {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
