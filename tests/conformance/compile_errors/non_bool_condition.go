package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	s := "a"
	_ = !s
}
