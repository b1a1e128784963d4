package main

func main() {
	s := "hello"
	j := 6
	_ = s[:j]
}
