package main

import "fmt"

type Seq2[K, V any] func(yield func(K, V) bool)

func MapSorted(m map[string]int) Seq2[string, int] {
	return func(yield func(string, int) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Chunks(s []int, n int) func(func([]int) bool) {
	return func(yield func([]int) bool) {
		for i := 0; i < len(s); i += n {
			end := min(i+n, len(s))
			if !yield(s[i:end]) {
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Concat[T any](seqs ...func(func(T) bool)) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Values[T any](xs ...T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func sumUntil(limit int) (total int) {
	for v := range Fib() {
		if v > limit {
			return
		}
		total += v
	}
	return -1
}

func main() {
	for k, v := range MapSorted(map[string]int{"b": 2, "a": 1, "c": 3}) {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for c := range Chunks([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	fmt.Println(sumUntil(100))
	for v := range Concat(Values(1, 2), Values[int](), Values(3)) {
		fmt.Print(v)
	}
	fmt.Println()
	n := 0
	for v := range Concat(Fib(), Values(99)) {
		n++
		if v > 50 {
			fmt.Println("stop at", v, "after", n)
			break
		}
	}
	var keys []string
	for k := range MapSorted(map[string]int{"y": 0, "x": 0}) {
		keys = append(keys, k)
	}
	fmt.Println(keys)
	matrix := [][]int{{1, 2}, {3, 4}}
	found := false
search:
	for _, row := range matrix {
		for v := range Values(row...) {
			if v == 3 {
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)
}
