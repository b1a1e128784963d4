package main

func main() {
	s := "hello"
	i, j := 4, 1
	_ = s[i:j]
}
