package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	fmt.Println(sum)
	i := 10
	for ; i != 1; i-- {
	}
	fmt.Println(i)
	for i = 0; i < 10; i += 3 {
	}
	fmt.Println(i)
	for j := 0; j < 10; j++ {
		if j == 5 {
			j += 2
		}
		fmt.Print(j, " ")
	}
	fmt.Println()
	n := 5
	for k := 0; k < n; k++ {
		if k == 2 {
			n = 3
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	var x int
	for x = 9; x >= 0; x -= 4 {
		if x == 1 {
			break
		}
	}
	fmt.Println(x)
	for x = 5; x > 5; x-- {
	}
	fmt.Println(x)
	c := 0
	for x = 9223372036854775806; x <= 9223372036854775807; x++ {
		c++
		if c > 4 {
			break
		}
	}
	fmt.Println(x, c)
	for x = 3; x != 7; x-- {
		c++
		if c > 10 {
			break
		}
	}
	fmt.Println(x, c)
	str := "héllo"
	for q := 0; q < len(str); q++ {
		fmt.Print(str[q], " ")
	}
	fmt.Println()
	var fs []func() int
	for q := 0; q < 3; q++ {
		fs = append(fs, func() int { return q })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
}
