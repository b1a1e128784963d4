package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{10, 20, 30, 40, 50}
	fmt.Println(slices.Index(xs, 30), slices.Index(xs, 35), slices.Contains(xs, 50))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 25 }), slices.ContainsFunc(xs, func(x int) bool { return x < 0 }))
	for _, t := range []int{5, 10, 35, 50, 60} {
		i, ok := slices.BinarySearch(xs, t)
		fmt.Print(i, ok, " ")
	}
	fmt.Println()

	fs := []float64{math.NaN(), -1, 0, 2.5}
	fmt.Println(slices.Index(fs, math.NaN()), slices.Contains(fs, 2.5))
	i, ok := slices.BinarySearch(fs, math.NaN())
	fmt.Println(i, ok)
	i, ok = slices.BinarySearch(fs, 1)
	fmt.Println(i, ok)
	fmt.Println(slices.Max(fs), slices.Min(fs), slices.Max([]float64{1, 3, 2}), slices.Min([]float64{0, math.Copysign(0, -1)}))
	fmt.Println(slices.Max([]string{"b", "abc", "c"}), slices.Min([]string{"b", "abc", "c"}))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	byAge := func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }
	fmt.Println(slices.MaxFunc(people, byAge), slices.MinFunc(people, byAge))
	fmt.Println(slices.IsSortedFunc(people, byAge))
	slices.SortStableFunc(people, byAge)
	fmt.Println(people, slices.IsSortedFunc(people, byAge))
	j, found := slices.BinarySearchFunc(people, 30, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(j, found)
	j, found = slices.BinarySearchFunc(people, 31, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(j, found)

	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1, 2}, []int{1}), slices.Equal([]int(nil), []int{}))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}), slices.Equal([]float64{0}, []float64{math.Copysign(0, -1)}))
	fmt.Println(slices.EqualFunc([]string{"A", "b"}, []string{"a", "B"}, strings.EqualFold))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2, 0}),
		slices.Compare([]int{2}, []int{1, 9}), slices.Compare([]string{"a"}, []string{"a"}))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{1}), slices.Compare([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(a int, b string) int { return strings.Compare(fmt.Sprint(a), b) }))

	anys := []any{1, "x", 2.5, nil}
	fmt.Println(slices.Index(anys, any("x")), slices.Index(anys, nil), slices.Contains(anys, any(2)))
	ptrs := []*Person{&people[0], &people[1]}
	fmt.Println(slices.Index(ptrs, &people[1]), slices.Index(ptrs, &Person{"Bob", 25}))
	structs := []Person{{"A", 1}, {"B", 2}}
	fmt.Println(slices.Index(structs, Person{"B", 2}), slices.Contains(structs, Person{"B", 3}))
}
