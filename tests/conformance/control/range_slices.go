package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var ns []string
	for range ns {
		fmt.Println("never")
	}
	var pa *[4]int
	for i := range pa {
		fmt.Print(i)
	}
	fmt.Println(" len ptr arr", len(pa))
	m := [][]int{{1}, {2, 3}, {}}
	for _, row := range m {
		fmt.Print(len(row), " ")
	}
	fmt.Println()
	type P struct{ X int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.X *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].X *= 10
	}
	fmt.Println(ps)
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	fmt.Println(idx, val)
	u := []int{1, 2, 3, 4, 5}
	for i, v := range u {
		u = u[:2]
		fmt.Print(i, v, " ")
	}
	fmt.Println(u)
}
