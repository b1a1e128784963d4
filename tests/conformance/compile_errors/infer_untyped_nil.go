package main

import "fmt"

func Eq[M1, M2 ~map[K]V, K comparable, V comparable](a M1, b M2) bool { return len(a) == len(b) }

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(Eq(m, nil))
}
