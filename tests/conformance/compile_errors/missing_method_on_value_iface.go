package main

import "fmt"

type S struct{}

func (s *S) String() string { return "s" }

func main() {
	var x fmt.Stringer = S{}
	fmt.Println(x)
}
