package main

func main() {
	s := make([]string, 2, 10)
	n := 2
	s[n] = "x"
}
