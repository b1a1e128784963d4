package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(r)
	}()
	_ = s[len(s)]
}
