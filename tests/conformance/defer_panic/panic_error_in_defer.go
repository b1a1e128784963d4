package main

import "errors"

func main() {
	defer func() {
		panic(errors.New("from defer"))
	}()
	var m map[int]int
	m[1] = 2
}
