// A panic three calls deep in a recursion: one frame per call, each at its line.
package main

func down(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return down(n-1) + 1
}

func main() {
	println(down(3))
}
