package main

import "fmt"

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, nb := range g[n] {
			if !seen[nb] {
				seen[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	return order
}

func memoFib() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "d")
	g.AddEdge("c", "d")
	g.AddEdge("d", "e")
	fmt.Println(g.BFS("a"))
	fmt.Println(len(g), len(g["d"]))
	fib := memoFib()
	fmt.Println(fib(80))
	inv := invert(map[string]int{"one": 1, "two": 2})
	fmt.Println(inv[1], inv[2], len(inv))
	type key struct{ r, c int }
	grid := map[key]byte{}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if (r+c)%2 == 0 {
				grid[key{r, c}] = '#'
			}
		}
	}
	for r := 0; r < 3; r++ {
		line := ""
		for c := 0; c < 3; c++ {
			if ch, ok := grid[key{r, c}]; ok {
				line += string(ch)
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println(grid)
}
