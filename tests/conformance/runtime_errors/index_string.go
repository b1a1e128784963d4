package main

func main() {
	s := "abc"
	i := 10
	_ = s[i]
}
