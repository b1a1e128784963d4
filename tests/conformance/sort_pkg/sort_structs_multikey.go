package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Age    int
	Salary int
}

// a deterministic generator so the data has many equal keys
type lcg uint32

func (r *lcg) next(n int) int {
	*r = *r*1103515245 + 12345
	return int(uint32(*r)>>16) % n
}

func main() {
	depts := []string{"eng", "ops", "sales", "hr"}
	var r lcg = 42
	var emps []Employee
	for i := 0; i < 300; i++ {
		emps = append(emps, Employee{
			Name:   fmt.Sprintf("e%03d", i),
			Dept:   depts[r.next(len(depts))],
			Age:    20 + r.next(5),
			Salary: 1000 * (1 + r.next(3)),
		})
	}
	a := append([]Employee(nil), emps...)
	// unstable sort by two keys only: equal (Dept, Age) pairs keep pdqsort's order
	lessCalls := 0
	sort.Slice(a, func(i, j int) bool {
		lessCalls++
		if a[i].Dept != a[j].Dept {
			return a[i].Dept < a[j].Dept
		}
		return a[i].Age < a[j].Age
	})
	fmt.Println("less calls:", lessCalls)
	for i, e := range a {
		fmt.Print(e.Name, " ")
		if i%20 == 19 {
			fmt.Println()
		}
	}
	fmt.Println(sort.SliceIsSorted(a, func(i, j int) bool {
		if a[i].Dept != a[j].Dept {
			return a[i].Dept < a[j].Dept
		}
		return a[i].Age < a[j].Age
	}))

	// by salary only: lots of ties
	b := append([]Employee(nil), emps...)
	sort.Slice(b, func(i, j int) bool { return b[i].Salary > b[j].Salary })
	for _, e := range b[:60] {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()

	// stable version keeps input order among ties
	c := append([]Employee(nil), emps...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Salary > c[j].Salary })
	for _, e := range c[:60] {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()

	// three keys, all different names: a total order
	d := append([]Employee(nil), emps...)
	sort.Slice(d, func(i, j int) bool {
		x, y := d[i], d[j]
		if x.Age != y.Age {
			return x.Age < y.Age
		}
		if x.Salary != y.Salary {
			return x.Salary > y.Salary
		}
		return x.Name < y.Name
	})
	fmt.Println(d[0], d[1], d[len(d)-1])

	// small slices (insertion sort path) with ties
	small := []Employee{{"a", "x", 3, 0}, {"b", "x", 1, 0}, {"c", "x", 3, 0}, {"d", "x", 1, 0}, {"e", "x", 2, 0}}
	sort.Slice(small, func(i, j int) bool { return small[i].Age < small[j].Age })
	fmt.Println(small)
}
