package main

// A newline right after an index: gc expects a comma, : or ].

func main() {
	var a [2]int
	a[0
	] = 1
	_ = a
}
