package main

type Grid struct{ cells [3][3]int }

func main() {
	var g Grid
	r, c := 1, 3
	g.cells[r][c] = 1
}
