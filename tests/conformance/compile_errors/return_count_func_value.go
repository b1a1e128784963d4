package main

func pair() (int, int) { return 1, 2 }

func single(x int) int { return x }

func main() {
	single(pair())
	x := single(1, 2)
	_ = x
	_ = pair() + 1
}
