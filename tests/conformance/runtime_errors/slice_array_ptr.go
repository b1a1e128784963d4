package main

func main() {
	var arr [3]int
	p := &arr
	j := 4
	_ = p[1:j]
}
