package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func sumList(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sumList(xs[1:])
}

type Node struct {
	v    int
	next *Node
}

func length(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(depth(10000))
	xs := make([]int, 10000)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(sumList(xs))
	var head *Node
	for i := 0; i < 10000; i++ {
		head = &Node{i, head}
	}
	fmt.Println(length(head))
	fmt.Println(ackermann(2, 3))
	fmt.Println(isEven(10000), isOdd(9999))
	moves := 0
	hanoi(12, "a", "c", "b", &moves)
	fmt.Println(moves)
	var f func(int) int
	f = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * f(n-1)
	}
	fmt.Println(f(20))
}
