package main

const C = 1

func main() {
	C = 2
	s := "abc"
	s[0] = 'x'
	m := map[string]struct{ A int }{}
	m["a"].A = 1
}
