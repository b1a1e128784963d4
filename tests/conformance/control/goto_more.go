package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func search(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func retry() int {
	attempts := 0
start:
	attempts++
	if attempts < 4 {
		fmt.Println("attempt", attempts)
		goto start
	}
	return attempts
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(search(g, 4))
	fmt.Println(search(g, 9))
	fmt.Println(retry())
	i := 0
	for {
		switch {
		case i < 3:
			i++
			continue
		case i == 3:
			i = 10
		}
		break
	}
	fmt.Println(i)
	n := 0
L1:
	for {
	L2:
		for {
			n++
			switch n % 4 {
			case 0:
				break L2
			case 3:
				if n > 10 {
					break L1
				}
				continue L2
			}
		}
		fmt.Println("after L2", n)
	}
	fmt.Println("n", n)
}
