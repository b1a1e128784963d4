package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	grid[1] = append(grid[1], 100)
	fmt.Println(len(grid[1]), grid[1])
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	jag[2] = append(jag[2], "d", "e", "f")
	fmt.Println(jag, len(jag[2]))
	var arr [3][2]int
	arr[2][1] = 5
	fmt.Println(arr, len(arr), len(arr[0]))
	rows := arr[:]
	rows[0][0] = 9
	fmt.Println(arr)
	flat := []int{1, 2, 3, 4, 5, 6}
	var mat [][]int
	for i := 0; i < len(flat); i += 2 {
		mat = append(mat, flat[i:i+2])
	}
	mat[0][1] = 20
	fmt.Println(mat, flat)
	// transpose
	t := make([][]int, 2)
	for i := range t {
		t[i] = make([]int, 3)
		for j := range t[i] {
			t[i][j] = mat[j][i]
		}
	}
	fmt.Println(t)
	cube := [2][2][2]int{}
	cube[1][1][1] = 8
	fmt.Println(cube)
	sl := []*[]int{&flat}
	(*sl[0])[0] = -1
	fmt.Println(flat[0])
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
}
