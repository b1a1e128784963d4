package main

import "fmt"

type Number interface {
	~int | ~int32 | ~float64
}

func SumCh[T Number](ch <-chan T) T {
	var s T
	for v := range ch {
		s += v
	}
	return s
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func Sort[T int | string | float64](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func Uniq[T comparable](s []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

type Point[T Number] struct{ X, Y T }

func (p Point[T]) Add(q Point[T]) Point[T] { return Point[T]{p.X + q.X, p.Y + q.Y} }

func Fact[T Number](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func main() {
	ch := make(chan float64, 3)
	ch <- 1.5
	ch <- 2.5
	close(ch)
	fmt.Println(SumCh(ch))
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	a, b := "x", "y"
	Swap(&a, &b)
	fmt.Println(a, b)
	arr := [2]int{1, 2}
	Swap(&arr[0], &arr[1])
	fmt.Println(arr)
	fmt.Println(Fill(3, "ab"), Fill(2, []int{1}))
	s := []string{"pear", "apple", "fig"}
	Sort(s)
	fmt.Println(s)
	f := []float64{2.5, -1, 0}
	Sort(f)
	fmt.Println(f, Contains(f, 0), Contains(s, "kiwi"))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}), Uniq([]string{"a", "a"}))
	p := Point[int]{1, 2}.Add(Point[int]{10, 20})
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Println(Fact(10), Fact(int32(13)), Fact(5.0))
	type pair struct{ a, b int }
	fmt.Println(Uniq([]pair{{1, 2}, {1, 2}, {2, 1}}))
}
