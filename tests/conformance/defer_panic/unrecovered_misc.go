package main

func main() {
	var x any = []int{1, 2}
	panic(x)
}
