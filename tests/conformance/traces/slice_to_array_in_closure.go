// A slice-to-array conversion too short, in a function called by a closure.
package main

func conv(s []int) [4]int {
	return [4]int(s)
}

func main() {
	f := func() {
		println(conv([]int{1, 2})[0])
	}
	f()
}
