package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func modify(s ...int) {
	if len(s) > 0 {
		s[0] = 999
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(sum(xs[1:]...))
	modify(xs...)
	fmt.Println(xs)
	modify(1, 2)
	fmt.Println(info("a"), info("b", 1, "x", nil))
	var nilS []interface{}
	fmt.Println(info("c", nilS...))
	fmt.Println(info("d", []interface{}{}...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x"}...))
	f := func(a int, rest ...float64) float64 {
		r := float64(a)
		for _, v := range rest {
			r *= v
		}
		return r
	}
	fmt.Println(f(2), f(2, 1.5, 2))
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", sum)
	var g func(...int) int = sum
	fmt.Println(g(7, 8))
	args := []interface{}{"x", 1, true}
	fmt.Println(args...)
	fmt.Println(append([]int{1}, xs...))
}
