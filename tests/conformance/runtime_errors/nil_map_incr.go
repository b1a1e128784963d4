package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(len(m), m["x"])
	m["x"] = append(m["x"], 1)
}
